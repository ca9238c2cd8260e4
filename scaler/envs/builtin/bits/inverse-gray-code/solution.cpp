#include <bits/stdc++.h>
using namespace std;

// Tabulate gray(x) for every x below 2^16 and invert the table.
int main() {
    vector<int> inverse(65536);
    for (int x = 0; x < 65536; ++x) inverse[x ^ (x >> 1)] = x;
    int n;
    cin >> n;
    for (int i = 0; i < n; ++i) {
        int g;
        cin >> g;
        cout << inverse[g] << (i + 1 < n ? ' ' : '\n');
    }
}
