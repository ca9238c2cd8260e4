#include <bits/stdc++.h>
using namespace std;

// Start from one candy each and raise any violated child until nothing changes.
int main() {
    int n;
    cin >> n;
    vector<int> r(n), c(n, 1);
    for (int& x : r) cin >> x;
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < n; ++i) {
            int need = 1;
            if (i > 0 && r[i] > r[i - 1]) need = max(need, c[i - 1] + 1);
            if (i + 1 < n && r[i] > r[i + 1]) need = max(need, c[i + 1] + 1);
            if (c[i] < need) c[i] = need, changed = true;
        }
    }
    cout << accumulate(c.begin(), c.end(), 0LL) << "\n";
}
