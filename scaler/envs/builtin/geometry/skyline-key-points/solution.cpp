#include <bits/stdc++.h>
using namespace std;

// Heights are constant on every unit range [x, x + 1); compute each and report the changes.
int main() {
    int n;
    cin >> n;
    vector<int> height(101, 0);
    for (int i = 0; i < n; ++i) {
        int l, r, h;
        cin >> l >> r >> h;
        for (int x = l; x < r; ++x) height[x] = max(height[x], h);
    }
    vector<int> points;
    int previous = 0;
    for (int x = 0; x <= 100; ++x)
        if (height[x] != previous) points.push_back(x), points.push_back(height[x]), previous = height[x];
    for (size_t i = 0; i < points.size(); ++i) cout << points[i] << (i + 1 < points.size() ? ' ' : '\n');
}
