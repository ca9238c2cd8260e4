#include <bits/stdc++.h>
using namespace std;

// Compute the multiplicative order of g = 1, 2, ... directly until it equals p - 1.
int main() {
    int q;
    cin >> q;
    for (int i = 0; i < q; ++i) {
        long long p;
        cin >> p;
        long long answer = 1;
        for (long long g = 1; g < p; ++g) {
            long long power = g % p, order = 1;
            while (power != 1) power = power * g % p, ++order;
            if (order == p - 1) {
                answer = g;
                break;
            }
        }
        cout << answer << (i + 1 < q ? ' ' : '\n');
    }
}
