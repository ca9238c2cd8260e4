#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    cin >> n >> q;
    vector<int> a(n);
    for (int& x : a) cin >> x;
    for (int k = 0; k < q; ++k) {
        int l, r, count = 0;
        cin >> l >> r;
        for (int x : a) count += l <= x && x <= r;
        cout << count << (k + 1 < q ? ' ' : '\n');
    }
}
