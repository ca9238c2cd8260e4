#include <bits/stdc++.h>
using namespace std;

// Every subarray.
int main() {
    int n;
    long long k;
    cin >> n >> k;
    vector<long long> a(n);
    for (auto& x : a) cin >> x;
    int best = -1;
    for (int l = 0; l < n; ++l) {
        long long sum = 0;
        for (int r = l; r < n; ++r) {
            sum += a[r];
            if (sum >= k && (best == -1 || r - l + 1 < best)) best = r - l + 1;
        }
    }
    cout << best << "\n";
}
