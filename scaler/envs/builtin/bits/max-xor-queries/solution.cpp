#include <bits/stdc++.h>
using namespace std;

// Try every element for every query.
int main() {
    int n, q;
    cin >> n >> q;
    vector<int> a(n);
    for (int &x : a) cin >> x;
    for (int i = 0; i < q; ++i) {
        int x, best = 0;
        cin >> x;
        for (int v : a) best = max(best, x ^ v);
        cout << best << (i + 1 < q ? ' ' : '\n');
    }
}
