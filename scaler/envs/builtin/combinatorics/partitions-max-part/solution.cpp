#include <bits/stdc++.h>
using namespace std;

// By conjugation, parts at most k <=> at most k parts. exact[t][j] counts partitions of t into
// exactly j parts: either one part equals 1 (drop it) or all parts exceed 1 (subtract 1 from each).
int main() {
    const long long MOD = 1000000007;
    int n, k;
    cin >> n >> k;
    vector<vector<long long>> exact(n + 1, vector<long long>(k + 1, 0));
    exact[0][0] = 1;
    for (int t = 1; t <= n; ++t)
        for (int j = 1; j <= min(t, k); ++j) exact[t][j] = (exact[t - 1][j - 1] + exact[t - j][j]) % MOD;
    long long total = 0;
    for (int j = 1; j <= k; ++j) total = (total + exact[n][j]) % MOD;
    cout << total << "\n";
}
