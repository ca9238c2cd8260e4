#include <bits/stdc++.h>
using namespace std;

int m;
vector<int> coins;
map<pair<int, int>, long long> memo;

// Ways to pay `left` using only coins[k..]: choose how many of coins[k], then move on.
long long ways(int k, int left) {
    if (left == 0) return 1;
    if (k == m) return 0;
    auto key = make_pair(k, left);
    if (auto it = memo.find(key); it != memo.end()) return it->second;
    long long total = 0;
    for (int used = 0; used * coins[k] <= left; ++used) total += ways(k + 1, left - used * coins[k]);
    return memo[key] = total;
}

int main() {
    int amount;
    cin >> m >> amount;
    coins.resize(m);
    for (int& c : coins) cin >> c;
    cout << ways(0, amount) << "\n";
}
