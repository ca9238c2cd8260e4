#include <bits/stdc++.h>
using namespace std;

// Lucas's theorem with the small binomials taken from Pascal's triangle mod p.
int main() {
    int q;
    cin >> q;
    for (int i = 0; i < q; ++i) {
        long long n, k, p;
        cin >> n >> k >> p;
        vector<vector<long long>> pascal(p, vector<long long>(p, 0));
        for (int a = 0; a < p; ++a) {
            pascal[a][0] = 1;
            for (int b = 1; b <= a; ++b) pascal[a][b] = (pascal[a - 1][b - 1] + pascal[a - 1][b]) % p;
        }
        long long result = 1;
        for (; n || k; n /= p, k /= p) result = result * pascal[n % p][k % p] % p;
        cout << result << (i + 1 < q ? ' ' : '\n');
    }
}
