#include <bits/stdc++.h>
using namespace std;

// Bucket the values by frequency, scanning frequencies from n down and values upward.
int main() {
    int n;
    cin >> n;
    vector<int> count(101, 0);
    for (int k = 0; k < n; ++k) {
        int x;
        cin >> x;
        count[x]++;
    }
    vector<int> out;
    for (int f = n; f >= 1; --f)
        for (int v = 1; v <= 100; ++v)
            if (count[v] == f) out.insert(out.end(), f, v);
    for (int k = 0; k < n; ++k) cout << out[k] << (k + 1 < n ? ' ' : '\n');
}
