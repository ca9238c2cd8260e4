#include <bits/stdc++.h>
using namespace std;

// Horner evaluation of the Lehmer code in the factorial base, with a used-flags array.
int main() {
    int n;
    cin >> n;
    vector<int> perm(n);
    for (int &v : perm) cin >> v;
    vector<bool> used(n + 1, false);
    unsigned long long rank = 0;
    for (int i = 0; i < n; ++i) {
        int smaller_unused = 0;
        for (int w = 1; w < perm[i]; ++w) smaller_unused += !used[w];
        used[perm[i]] = true;
        rank = rank * (n - i) + smaller_unused;
    }
    cout << rank + 1 << "\n";
}
