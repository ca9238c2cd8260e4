#include <bits/stdc++.h>
using namespace std;

// Count the k in [1, x] coprime to x directly.
int main() {
    int n;
    cin >> n;
    for (int i = 0; i < n; ++i) {
        int x, count = 0;
        cin >> x;
        for (int k = 1; k <= x; ++k) count += gcd(k, x) == 1;
        cout << count << (i + 1 < n ? ' ' : '\n');
    }
}
