#include <bits/stdc++.h>
using namespace std;

// Try every order of cities 2..n.
int main() {
    int n;
    cin >> n;
    vector<vector<int>> d(n, vector<int>(n));
    for (auto& row : d)
        for (int& x : row) cin >> x;
    vector<int> order(n - 1);
    iota(order.begin(), order.end(), 1);
    long long best = LLONG_MAX;
    do {
        long long length = d[0][order[0]] + d[order.back()][0];
        for (int i = 0; i + 1 < n - 1; ++i) length += d[order[i]][order[i + 1]];
        best = min(best, length);
    } while (next_permutation(order.begin(), order.end()));
    cout << best << "\n";
}
