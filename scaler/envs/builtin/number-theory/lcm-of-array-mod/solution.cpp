#include <bits/stdc++.h>
using namespace std;

// The lcm takes every prime at its largest exponent among the inputs.
int main() {
    const long long MOD = 1000000007;
    int n;
    cin >> n;
    map<int, int> exponent;
    for (int i = 0; i < n; ++i) {
        int x;
        cin >> x;
        for (int p = 2; x > 1; ++p) {
            int e = 0;
            while (x % p == 0) x /= p, ++e;
            if (e) exponent[p] = max(exponent[p], e);
        }
    }
    long long result = 1;
    for (auto [p, e] : exponent)
        for (int k = 0; k < e; ++k) result = result * p % MOD;
    cout << result << "\n";
}
