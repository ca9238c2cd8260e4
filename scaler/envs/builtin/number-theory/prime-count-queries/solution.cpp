#include <bits/stdc++.h>
using namespace std;

// Trial division of every number in every range.
bool prime(int x) {
    if (x < 2) return false;
    for (int d = 2; d * d <= x; ++d)
        if (x % d == 0) return false;
    return true;
}

int main() {
    int q;
    cin >> q;
    for (int i = 0; i < q; ++i) {
        int l, r, count = 0;
        cin >> l >> r;
        for (int x = l; x <= r; ++x) count += prime(x);
        cout << count << (i + 1 < q ? ' ' : '\n');
    }
}
