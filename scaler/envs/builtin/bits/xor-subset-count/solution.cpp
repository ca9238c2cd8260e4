#include <bits/stdc++.h>
using namespace std;

// ways[v]: subsets of the numbers seen so far with XOR v.
int main() {
    const long long MOD = 1000000007;
    int n, k;
    cin >> n >> k;
    vector<long long> ways(1024, 0);
    ways[0] = 1;
    for (int i = 0; i < n; ++i) {
        int x;
        cin >> x;
        vector<long long> next = ways;
        for (int v = 0; v < 1024; ++v) next[v ^ x] = (next[v ^ x] + ways[v]) % MOD;
        ways = next;
    }
    cout << ways[k] << "\n";
}
