#include <bits/stdc++.h>
using namespace std;

// A point is hidden when another point is on the same ray (cross product 0, same direction) and closer.
int main() {
    int n;
    cin >> n;
    vector<int> x(n), y(n);
    for (int i = 0; i < n; ++i) cin >> x[i] >> y[i];
    int visible = 0;
    for (int i = 0; i < n; ++i) {
        bool hidden = false;
        for (int j = 0; j < n && !hidden; ++j)
            hidden = j != i && x[i] * y[j] == x[j] * y[i] && x[i] * x[j] + y[i] * y[j] > 0 &&
                     x[j] * x[j] + y[j] * y[j] < x[i] * x[i] + y[i] * y[i];
        visible += !hidden;
    }
    cout << visible << "\n";
}
