#include <bits/stdc++.h>
using namespace std;

// AND the numbers one by one.
int main() {
    int q;
    cin >> q;
    for (int i = 0; i < q; ++i) {
        long long l, r;
        cin >> l >> r;
        long long value = l;
        for (long long x = l + 1; x <= r; ++x) value &= x;
        cout << value << (i + 1 < q ? ' ' : '\n');
    }
}
