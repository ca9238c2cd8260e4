#include <bits/stdc++.h>
using namespace std;

// Reduce the fraction; the non-repeating part has max(v2(q), v5(q)) digits and the period is the
// multiplicative order of 10 modulo q with its factors 2 and 5 removed.
int main() {
    long long p, q;
    cin >> p >> q;
    long long g = gcd(p, q);
    p /= g, q /= g;
    cout << p / q;
    long long r = p % q;
    if (r == 0) {
        cout << "\n";
        return 0;
    }
    int twos = 0, fives = 0;
    long long rest = q;
    while (rest % 2 == 0) rest /= 2, ++twos;
    while (rest % 5 == 0) rest /= 5, ++fives;
    int pre = max(twos, fives), period = 0;
    if (rest > 1) {
        long long power = 10 % rest;
        period = 1;
        while (power != 1) power = power * 10 % rest, ++period;
    }
    string digits;
    for (int i = 0; i < pre + period; ++i) {
        r *= 10;
        digits += char('0' + r / q);
        r %= q;
    }
    cout << "." << digits.substr(0, pre);
    if (period) cout << "(" << digits.substr(pre) << ")";
    cout << "\n";
}
