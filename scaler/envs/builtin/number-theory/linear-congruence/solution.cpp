#include <bits/stdc++.h>
using namespace std;

// Try every x in [0, m) in increasing order.
int main() {
    int q;
    cin >> q;
    for (int i = 0; i < q; ++i) {
        long long a, b, m, answer = -1;
        cin >> a >> b >> m;
        for (long long x = 0; x < m && answer < 0; ++x)
            if (a * x % m == b) answer = x;
        cout << answer << (i + 1 < q ? ' ' : '\n');
    }
}
