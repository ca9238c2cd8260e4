#include <bits/stdc++.h>
using namespace std;

// Select the median of each window with nth_element.
int main() {
    int n, k;
    cin >> n >> k;
    vector<int> a(n);
    for (int& x : a) cin >> x;
    for (int i = 0; i + k <= n; ++i) {
        vector<int> window(a.begin() + i, a.begin() + i + k);
        nth_element(window.begin(), window.begin() + (k - 1) / 2, window.end());
        cout << window[(k - 1) / 2] << (i + k < n ? ' ' : '\n');
    }
}
