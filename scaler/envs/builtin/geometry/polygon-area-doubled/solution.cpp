#include <bits/stdc++.h>
using namespace std;

// Trapezoid formula: each edge adds (x2 - x1) * (y1 + y2) below it.
int main() {
    int n;
    cin >> n;
    vector<long long> x(n), y(n);
    for (int i = 0; i < n; ++i) cin >> x[i] >> y[i];
    long long twice = 0;
    for (int i = 0; i < n; ++i) {
        int j = (i + 1) % n;
        twice += (x[j] - x[i]) * (y[i] + y[j]);
    }
    cout << llabs(twice) << "\n";
}
