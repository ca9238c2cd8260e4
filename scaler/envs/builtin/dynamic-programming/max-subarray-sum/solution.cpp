
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<long long> prefix(n + 1, 0);
    for (int i = 0; i < n; ++i) {
        long long x;
        cin >> x;
        prefix[i + 1] = prefix[i] + x;
    }
    long long best = LLONG_MIN;
    for (int l = 0; l < n; ++l)
        for (int r = l + 1; r <= n; ++r) best = max(best, prefix[r] - prefix[l]);
    cout << best << "\n";
}
