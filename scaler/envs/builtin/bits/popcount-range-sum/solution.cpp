#include <bits/stdc++.h>
using namespace std;

// Add the popcount of every number in the range.
int main() {
    long long l, r, total = 0;
    cin >> l >> r;
    for (long long x = l; x <= r; ++x) total += __builtin_popcountll(x);
    cout << total << "\n";
}
