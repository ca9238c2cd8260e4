#include <bits/stdc++.h>
using namespace std;

// Sort, then two pointers; blocks of equal values contribute products (or choose-2 when they meet).
int main() {
    int n;
    long long t;
    cin >> n >> t;
    vector<long long> a(n);
    for (auto& x : a) cin >> x;
    sort(a.begin(), a.end());
    long long pairs = 0;
    int i = 0, j = n - 1;
    while (i < j) {
        long long sum = a[i] + a[j];
        if (sum < t) ++i;
        else if (sum > t) --j;
        else if (a[i] == a[j]) {
            long long c = j - i + 1;
            pairs += c * (c - 1) / 2;
            break;
        } else {
            long long ci = 1, cj = 1;
            while (a[i + ci] == a[i]) ++ci;
            while (a[j - cj] == a[j]) ++cj;
            pairs += ci * cj;
            i += ci;
            j -= cj;
        }
    }
    cout << pairs << "\n";
}
