#include <bits/stdc++.h>
using namespace std;

// Every block of bars, extending to the right while tracking the minimum.
int main() {
    int n;
    cin >> n;
    vector<long long> h(n);
    for (auto& x : h) cin >> x;
    long long best = 0;
    for (int l = 0; l < n; ++l) {
        long long low = LLONG_MAX;
        for (int r = l; r < n; ++r) {
            low = min(low, h[r]);
            best = max(best, low * (r - l + 1));
        }
    }
    cout << best << "\n";
}
