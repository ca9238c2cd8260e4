#include <bits/stdc++.h>
using namespace std;

// Simulate the trip from every start.
int main() {
    int n;
    cin >> n;
    vector<int> g(n), c(n);
    for (int& x : g) cin >> x;
    for (int& x : c) cin >> x;
    for (int s = 0; s < n; ++s) {
        long long tank = 0;
        bool ok = true;
        for (int k = 0; k < n && ok; ++k) {
            int i = (s + k) % n;
            tank += g[i] - c[i];
            ok = tank >= 0;
        }
        if (ok) {
            cout << s + 1 << "\n";
            return 0;
        }
    }
    cout << -1 << "\n";
}
