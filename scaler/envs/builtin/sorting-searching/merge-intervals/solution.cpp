#include <bits/stdc++.h>
using namespace std;

// Mark covered points and the gaps inside intervals, then read maximal runs.
int main() {
    int n;
    cin >> n;
    vector<int> point(1001, 0), link(1001, 0);  // link[x]: some interval covers both x and x + 1
    for (int k = 0; k < n; ++k) {
        int l, r;
        cin >> l >> r;
        for (int x = l; x <= r; ++x) point[x] = 1;
        for (int x = l; x < r; ++x) link[x] = 1;
    }
    vector<int> out;
    for (int x = 0; x <= 1000; ++x) {
        if (!point[x]) continue;
        int start = x;
        while (link[x]) ++x;
        out.push_back(start);
        out.push_back(x);
    }
    for (size_t k = 0; k < out.size(); ++k) cout << out[k] << (k + 1 < out.size() ? ' ' : '\n');
}
