#include <bits/stdc++.h>
using namespace std;

// Count upwards until the popcount matches.
int main() {
    int q;
    cin >> q;
    for (int i = 0; i < q; ++i) {
        long long x;
        cin >> x;
        long long y = x + 1;
        while (__builtin_popcountll(y) != __builtin_popcountll(x)) ++y;
        cout << y << (i + 1 < q ? ' ' : '\n');
    }
}
