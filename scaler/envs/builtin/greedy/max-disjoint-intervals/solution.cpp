
#include <bits/stdc++.h>
using namespace std;

// DP over intervals sorted by right end: best[k] = answer using only the first k intervals.
int main() {
    int n;
    cin >> n;
    vector<pair<int, int>> iv(n);  // (right, left)
    for (auto& [r, l] : iv) cin >> l >> r;
    sort(iv.begin(), iv.end());
    vector<int> ends(n), best(n + 1, 0);
    for (int i = 0; i < n; ++i) ends[i] = iv[i].first;
    for (int k = 1; k <= n; ++k) {
        int left = iv[k - 1].second;
        int compatible = lower_bound(ends.begin(), ends.end(), left) - ends.begin();  // ends < left
        best[k] = max(best[k - 1], best[compatible] + 1);
    }
    cout << best[n] << "\n";
}
