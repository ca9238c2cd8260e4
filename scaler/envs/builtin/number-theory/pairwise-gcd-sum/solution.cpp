
#include <bits/stdc++.h>
using namespace std;

// Count pairs by exact gcd: pairs[d] = C(multiples of d, 2) - pairs[2d] - pairs[3d] - ...
int main() {
    int n;
    cin >> n;
    const int LIMIT = 1000;
    vector<long long> count(LIMIT + 1, 0), pairs(LIMIT + 1, 0);
    for (int i = 0; i < n; ++i) {
        int x;
        cin >> x;
        ++count[x];
    }
    long long total = 0;
    for (int d = LIMIT; d >= 1; --d) {
        long long multiples = 0;
        for (int k = d; k <= LIMIT; k += d) multiples += count[k];
        pairs[d] = multiples * (multiples - 1) / 2;
        for (int k = 2 * d; k <= LIMIT; k += d) pairs[d] -= pairs[k];
        total += pairs[d] * d;
    }
    cout << total << "\n";
}
