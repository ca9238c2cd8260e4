#include <bits/stdc++.h>
using namespace std;

// Every pair.
int main() {
    int n;
    cin >> n;
    vector<int> x(n), y(n);
    for (int i = 0; i < n; ++i) cin >> x[i] >> y[i];
    int best = 0;
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) best = max(best, abs(x[i] - x[j]) + abs(y[i] - y[j]));
    cout << best << "\n";
}
