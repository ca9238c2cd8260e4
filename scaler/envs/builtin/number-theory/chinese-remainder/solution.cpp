#include <bits/stdc++.h>
using namespace std;

// Sieving: step x by the product of the moduli handled so far until the next congruence holds.
int main() {
    int n;
    cin >> n;
    long long x = 0, step = 1;
    for (int i = 0; i < n; ++i) {
        long long m, r;
        cin >> m >> r;
        while (x % m != r) x += step;
        step *= m;
    }
    cout << x << "\n";
}
