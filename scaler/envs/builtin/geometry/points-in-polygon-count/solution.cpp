#include <bits/stdc++.h>
using namespace std;

// Winding number: count upward edges passing left of the point minus downward ones passing right.
int main() {
    int n, q;
    cin >> n >> q;
    vector<long long> x(n), y(n);
    for (int i = 0; i < n; ++i) cin >> x[i] >> y[i];
    int count = 0;
    for (int k = 0; k < q; ++k) {
        long long px, py;
        cin >> px >> py;
        bool boundary = false;
        int winding = 0;
        for (int i = 0; i < n; ++i) {
            int j = (i + 1) % n;
            long long side = (x[j] - x[i]) * (py - y[i]) - (y[j] - y[i]) * (px - x[i]);
            if (side == 0 && min(x[i], x[j]) <= px && px <= max(x[i], x[j]) && min(y[i], y[j]) <= py &&
                py <= max(y[i], y[j]))
                boundary = true;
            if (y[i] <= py && y[j] > py && side > 0) ++winding;
            if (y[i] > py && y[j] <= py && side < 0) --winding;
        }
        count += boundary || winding != 0;
    }
    cout << count << "\n";
}
