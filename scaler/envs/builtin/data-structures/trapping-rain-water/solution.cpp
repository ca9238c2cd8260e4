#include <bits/stdc++.h>
using namespace std;

// For every column, scan for the tallest columns on each side.
int main() {
    int n;
    cin >> n;
    vector<int> h(n);
    for (int& x : h) cin >> x;
    long long water = 0;
    for (int i = 0; i < n; ++i) {
        int left = *max_element(h.begin(), h.begin() + i + 1), right = *max_element(h.begin() + i, h.end());
        water += min(left, right) - h[i];
    }
    cout << water << "\n";
}
