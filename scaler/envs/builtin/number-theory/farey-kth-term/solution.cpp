#include <bits/stdc++.h>
using namespace std;

// Walk the sequence with the neighbour rule: after a/b, c/d the next term is (t*c - a)/(t*d - b)
// with t = (n + b) / d.
int main() {
    long long n, k;
    cin >> n >> k;
    long long a = 0, b = 1, c = 1, d = n;
    for (long long i = 1; i < k; ++i) {
        long long t = (n + b) / d;
        long long e = t * c - a, f = t * d - b;
        a = c, b = d, c = e, d = f;
    }
    cout << a << "/" << b << "\n";
}
