#include <bits/stdc++.h>
using namespace std;

// Collect each range into a set.
int main() {
    int n, q;
    cin >> n >> q;
    vector<int> a(n + 1);
    for (int i = 1; i <= n; ++i) cin >> a[i];
    for (int k = 0; k < q; ++k) {
        int l, r;
        cin >> l >> r;
        cout << set<int>(a.begin() + l, a.begin() + r + 1).size() << (k + 1 < q ? ' ' : '\n');
    }
}
