#include <bits/stdc++.h>
using namespace std;

// Dynamic programming over the set of jobs already given to workers 1..popcount(mask).
int main() {
    int n;
    cin >> n;
    vector<vector<int>> cost(n, vector<int>(n));
    for (auto& row : cost)
        for (int& c : row) cin >> c;
    vector<int> best(1 << n, INT_MAX);
    best[0] = 0;
    for (int mask = 0; mask < (1 << n); ++mask) {
        if (best[mask] == INT_MAX) continue;
        int worker = __builtin_popcount(mask);
        if (worker == n) continue;
        for (int job = 0; job < n; ++job)
            if (!(mask >> job & 1))
                best[mask | 1 << job] = min(best[mask | 1 << job], best[mask] + cost[worker][job]);
    }
    cout << best[(1 << n) - 1] << "\n";
}
