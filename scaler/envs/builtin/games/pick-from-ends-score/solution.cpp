#include <bits/stdc++.h>
using namespace std;

// Memoised recursion on the best total the mover collects from a[l..r].
int n;
vector<long long> a, prefix;
vector<vector<long long>> memo;

long long best(int l, int r) {
    if (l > r) return 0;
    long long &m = memo[l][r];
    if (m >= 0) return m;
    long long rest = prefix[r + 1] - prefix[l];
    return m = rest - min(best(l + 1, r), best(l, r - 1));  // the opponent then gets the best of the rest
}

int main() {
    cin >> n;
    a.resize(n);
    prefix.assign(n + 1, 0);
    for (int i = 0; i < n; ++i) cin >> a[i], prefix[i + 1] = prefix[i] + a[i];
    memo.assign(n, vector<long long>(n, -1));
    cout << best(0, n - 1) << "\n";
}
