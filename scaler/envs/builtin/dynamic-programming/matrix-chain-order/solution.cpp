#include <bits/stdc++.h>
using namespace std;

int n;
vector<long long> p;
vector<vector<long long>> memo;

// Top-down: the last multiplication splits M_i..M_j into M_i..M_k and M_(k+1)..M_j.
long long best(int i, int j) {
    if (i == j) return 0;
    long long& r = memo[i][j];
    if (r >= 0) return r;
    r = LLONG_MAX;
    for (int k = i; k < j; ++k) r = min(r, best(i, k) + best(k + 1, j) + p[i - 1] * p[k] * p[j]);
    return r;
}

int main() {
    cin >> n;
    p.resize(n + 1);
    for (auto& x : p) cin >> x;
    memo.assign(n + 1, vector<long long>(n + 1, -1));
    cout << best(1, n) << "\n";
}
