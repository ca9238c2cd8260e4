#include <bits/stdc++.h>
using namespace std;

// Every subarray, extending to the right while tracking the minimum.
int main() {
    int n;
    cin >> n;
    vector<long long> a(n);
    for (auto& x : a) cin >> x;
    long long total = 0;
    for (int l = 0; l < n; ++l) {
        long long low = LLONG_MAX;
        for (int r = l; r < n; ++r) total += (low = min(low, a[r]));
    }
    cout << total << "\n";
}
