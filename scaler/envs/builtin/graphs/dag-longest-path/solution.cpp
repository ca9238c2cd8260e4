#include <bits/stdc++.h>
using namespace std;

// Memoised search: the heaviest path starting at each vertex.
vector<vector<pair<int, int>>> outgoing;
vector<long long> memo;

long long from(int u) {
    if (memo[u] >= 0) return memo[u];
    long long best = 0;
    for (auto [v, w] : outgoing[u]) best = max(best, w + from(v));
    return memo[u] = best;
}

int main() {
    int n, m;
    cin >> n >> m;
    outgoing.resize(n + 1);
    memo.assign(n + 1, -1);
    for (int k = 0; k < m; ++k) {
        int u, v, w;
        cin >> u >> v >> w;
        outgoing[u].push_back({v, w});
    }
    long long best = 0;
    for (int u = 1; u <= n; ++u) best = max(best, from(u));
    cout << best << "\n";
}
