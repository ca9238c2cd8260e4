#include <bits/stdc++.h>
using namespace std;

// For each prime p of b, add up how often p divides each of 1..n.
int main() {
    int q;
    cin >> q;
    for (int i = 0; i < q; ++i) {
        long long n, b;
        cin >> n >> b;
        long long best = LLONG_MAX;
        for (long long p = 2; p <= b; ++p) {
            if (b % p) continue;
            bool prime = true;
            for (long long d = 2; d < p; ++d) prime = prime && p % d;
            if (!prime) continue;
            long long e = 0, rest = b, count = 0;
            while (rest % p == 0) rest /= p, ++e;
            for (long long k = p; k <= n; k += p)
                for (long long x = k; x % p == 0; x /= p) ++count;
            best = min(best, count / e);
        }
        cout << best << (i + 1 < q ? ' ' : '\n');
    }
}
