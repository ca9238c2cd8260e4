#include <bits/stdc++.h>
using namespace std;

// Surjections counted by inclusion-exclusion, divided by k!: sum_j (-1)^j C(k, j) (k - j)^n / k!.
const long long MOD = 1000000007;

long long power(long long b, long long e) {
    long long r = 1;
    for (b %= MOD; e; e >>= 1, b = b * b % MOD)
        if (e & 1) r = r * b % MOD;
    return r;
}

int main() {
    long long n, k;
    cin >> n >> k;
    long long total = 0, choose = 1, factorial = 1;
    for (long long j = 0; j <= k; ++j) {
        long long term = choose * power(k - j, n) % MOD;
        total = (j % 2 ? total - term + MOD : total + term) % MOD;
        choose = choose * (k - j) % MOD * power(j + 1, MOD - 2) % MOD;
    }
    for (long long i = 1; i <= k; ++i) factorial = factorial * i % MOD;
    cout << total * power(factorial, MOD - 2) % MOD << "\n";
}
