#include <bits/stdc++.h>
using namespace std;

// Inclusion-exclusion over the positions forced to be fixed: sum_j (-1)^j C(n, j) (n - j)! C(j, k).
const long long MOD = 1000000007;

long long power(long long b, long long e) {
    long long r = 1;
    for (b %= MOD; e; e >>= 1, b = b * b % MOD)
        if (e & 1) r = r * b % MOD;
    return r;
}

int main() {
    int n, k;
    cin >> n >> k;
    vector<long long> fact(n + 1, 1), inv(n + 1, 1);
    for (int i = 1; i <= n; ++i) fact[i] = fact[i - 1] * i % MOD;
    for (int i = 0; i <= n; ++i) inv[i] = power(fact[i], MOD - 2);
    auto choose = [&](int a, int b) { return fact[a] * inv[b] % MOD * inv[a - b] % MOD; };
    long long total = 0;
    for (int j = k; j <= n; ++j) {
        long long term = choose(n, j) * fact[n - j] % MOD * choose(j, k) % MOD;
        total = ((j - k) % 2 ? total - term + MOD : total + term) % MOD;
    }
    cout << total << "\n";
}
