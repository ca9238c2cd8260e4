#include <bits/stdc++.h>
using namespace std;

// Prim's algorithm on an adjacency matrix of the lightest edge between each pair.
int main() {
    int n, m;
    cin >> n >> m;
    const int INF = INT_MAX;
    vector<vector<int>> weight(n + 1, vector<int>(n + 1, INF));
    for (int k = 0; k < m; ++k) {
        int u, v, w;
        cin >> u >> v >> w;
        weight[u][v] = weight[v][u] = min(weight[u][v], w);
    }
    vector<int> best(n + 1, INF);
    vector<bool> inTree(n + 1, false);
    best[1] = 0;
    long long total = 0;
    for (int round = 0; round < n; ++round) {
        int u = -1;
        for (int v = 1; v <= n; ++v)
            if (!inTree[v] && (u == -1 || best[v] < best[u])) u = v;
        inTree[u] = true;
        total += best[u];
        for (int v = 1; v <= n; ++v)
            if (!inTree[v] && weight[u][v] < best[v]) best[v] = weight[u][v];
    }
    cout << total << "\n";
}
