#include <bits/stdc++.h>
using namespace std;

// atan2 of the reduced direction (points on one ray share it exactly), then the squared distance.
int main() {
    int n;
    cin >> n;
    vector<tuple<double, int, int>> keyed;
    for (int i = 1; i <= n; ++i) {
        int x, y;
        cin >> x >> y;
        int g = gcd(abs(x), abs(y));
        double angle = atan2(double(y / g), double(x / g));
        if (angle < 0) angle += 2 * M_PI;
        keyed.push_back({angle, x * x + y * y, i});
    }
    sort(keyed.begin(), keyed.end());
    for (int i = 0; i < n; ++i) cout << get<2>(keyed[i]) << (i + 1 < n ? ' ' : '\n');
}
