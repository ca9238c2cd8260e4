#include <bits/stdc++.h>
using namespace std;

// best[j][i]: smallest possible largest total when the first i boards form at most j blocks.
int main() {
    int n, k;
    cin >> n >> k;
    vector<long long> prefix(n + 1, 0);
    for (int i = 1; i <= n; ++i) {
        long long x;
        cin >> x;
        prefix[i] = prefix[i - 1] + x;
    }
    const long long INF = LLONG_MAX;
    vector<long long> best(prefix.begin(), prefix.end());  // one block
    for (int j = 2; j <= k; ++j) {
        vector<long long> next(n + 1, INF);
        next[0] = 0;
        for (int i = 1; i <= n; ++i)
            for (int p = 0; p < i; ++p) next[i] = min(next[i], max(best[p], prefix[i] - prefix[p]));
        best = next;
    }
    cout << best[n] << "\n";
}
