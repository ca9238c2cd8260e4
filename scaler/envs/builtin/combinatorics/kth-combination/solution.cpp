#include <bits/stdc++.h>
using namespace std;

// Same walk over candidate values, with binomials from Pascal's triangle.
int main() {
    int n, r;
    long long k;
    cin >> n >> r >> k;
    vector<vector<long long>> c(n + 1, vector<long long>(n + 1, 0));
    for (int a = 0; a <= n; ++a) {
        c[a][0] = 1;
        for (int b = 1; b <= a; ++b) c[a][b] = c[a - 1][b - 1] + c[a - 1][b];
    }
    vector<int> chosen;
    for (int v = 1; (int)chosen.size() < r; ++v) {
        long long with_v = c[n - v][r - chosen.size() - 1];
        if (k <= with_v) chosen.push_back(v);
        else k -= with_v;
    }
    for (size_t i = 0; i < chosen.size(); ++i) cout << chosen[i] << (i + 1 < chosen.size() ? ' ' : '\n');
}
