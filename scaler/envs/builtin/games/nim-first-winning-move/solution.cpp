#include <bits/stdc++.h>
using namespace std;

// Try every move in order and keep the first that leaves a zero nim-sum.
int main() {
    int n;
    cin >> n;
    vector<int> a(n);
    int total = 0;
    for (int &x : a) cin >> x, total ^= x;
    for (int i = 0; i < n; ++i)
        for (int r = 1; r <= a[i]; ++r)
            if ((total ^ a[i] ^ (a[i] - r)) == 0) {
                cout << i + 1 << " " << r << "\n";
                return 0;
            }
    cout << "0 0\n";
}
