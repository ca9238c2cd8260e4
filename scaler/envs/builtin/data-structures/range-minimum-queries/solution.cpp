#include <bits/stdc++.h>
using namespace std;

// Scan each range.
int main() {
    int n, q;
    cin >> n >> q;
    vector<int> a(n + 1);
    for (int i = 1; i <= n; ++i) cin >> a[i];
    for (int k = 0; k < q; ++k) {
        int l, r;
        cin >> l >> r;
        cout << *min_element(a.begin() + l, a.begin() + r + 1) << (k + 1 < q ? ' ' : '\n');
    }
}
