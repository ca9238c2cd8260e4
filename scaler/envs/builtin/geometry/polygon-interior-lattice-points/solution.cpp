#include <bits/stdc++.h>
using namespace std;

// Test every lattice point of the bounding box: not on an edge, and an odd number of edge crossings.
int main() {
    int n;
    cin >> n;
    vector<long long> x(n), y(n);
    for (int i = 0; i < n; ++i) cin >> x[i] >> y[i];
    long long inside = 0;
    for (long long px = 0; px <= 40; ++px)
        for (long long py = 0; py <= 40; ++py) {
            bool onEdge = false, odd = false;
            for (int i = 0; i < n; ++i) {
                int j = (i + 1) % n;
                long long cross = (x[j] - x[i]) * (py - y[i]) - (y[j] - y[i]) * (px - x[i]);
                if (cross == 0 && min(x[i], x[j]) <= px && px <= max(x[i], x[j]) && min(y[i], y[j]) <= py &&
                    py <= max(y[i], y[j]))
                    onEdge = true;
                if ((y[i] > py) != (y[j] > py)) {  // the edge crosses the horizontal line through the point
                    // crossing to the right of the point: px < x[i] + (py - y[i]) * (x[j] - x[i]) / (y[j] - y[i])
                    long long lhs = (px - x[i]) * (y[j] - y[i]), rhs = (py - y[i]) * (x[j] - x[i]);
                    if (y[j] > y[i] ? lhs < rhs : lhs > rhs) odd = !odd;
                }
            }
            inside += odd && !onEdge;
        }
    cout << inside << "\n";
}
