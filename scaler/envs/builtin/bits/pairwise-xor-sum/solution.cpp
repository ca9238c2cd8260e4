#include <bits/stdc++.h>
using namespace std;

// XOR every pair.
int main() {
    int n;
    cin >> n;
    vector<long long> a(n);
    for (auto &x : a) cin >> x;
    long long total = 0;
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) total += a[i] ^ a[j];
    cout << total << "\n";
}
