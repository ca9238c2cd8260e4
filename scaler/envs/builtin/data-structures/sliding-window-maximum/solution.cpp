#include <bits/stdc++.h>
using namespace std;

// Scan each window.
int main() {
    int n, k;
    cin >> n >> k;
    vector<int> a(n);
    for (int& x : a) cin >> x;
    for (int i = 0; i + k <= n; ++i) cout << *max_element(a.begin() + i, a.begin() + i + k) << (i + k < n ? ' ' : '\n');
}
