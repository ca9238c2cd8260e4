#include <bits/stdc++.h>
using namespace std;

// Position by position, skip whole blocks of (n - i - 1)! permutations while k exceeds them.
int main() {
    int n;
    unsigned long long k;
    cin >> n >> k;
    vector<unsigned long long> fact(n + 1, 1);
    for (int i = 1; i <= n; ++i) fact[i] = fact[i - 1] * i;
    vector<bool> used(n + 1, false);
    for (int i = 0; i < n; ++i) {
        for (int v = 1; v <= n; ++v) {
            if (used[v]) continue;
            if (k > fact[n - i - 1]) {
                k -= fact[n - i - 1];
            } else {
                used[v] = true;
                cout << v << (i + 1 < n ? ' ' : '\n');
                break;
            }
        }
    }
}
