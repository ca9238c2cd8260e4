#include <bits/stdc++.h>
using namespace std;

// Memoised minimax on absolute scores: the first player maximises, the second minimises
// (first total - second total).
int n;
vector<int> a;
map<pair<int, int>, int> memo;

int play(int i, int first_to_move) {
    if (i == n) return 0;
    auto key = make_pair(i, first_to_move);
    if (auto it = memo.find(key); it != memo.end()) return it->second;
    int best = first_to_move ? INT_MIN : INT_MAX, taken = 0;
    for (int t = 1; t <= 3 && i + t <= n; ++t) {
        taken += a[i + t - 1];
        int value = (first_to_move ? taken : -taken) + play(i + t, !first_to_move);
        best = first_to_move ? max(best, value) : min(best, value);
    }
    return memo[key] = best;
}

int main() {
    cin >> n;
    a.resize(n);
    for (int &x : a) cin >> x;
    for (int i = n; i >= 0; --i) play(i, 0), play(i, 1);  // fill from the back: shallow recursion
    cout << play(0, 1) << "\n";
}
