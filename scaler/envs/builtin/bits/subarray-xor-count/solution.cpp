#include <bits/stdc++.h>
using namespace std;

// XOR every subarray by extending it one element at a time.
int main() {
    int n, k;
    cin >> n >> k;
    vector<int> a(n);
    for (int &x : a) cin >> x;
    long long count = 0;
    for (int l = 0; l < n; ++l) {
        int value = 0;
        for (int r = l; r < n; ++r) count += (value ^= a[r]) == k;
    }
    cout << count << "\n";
}
