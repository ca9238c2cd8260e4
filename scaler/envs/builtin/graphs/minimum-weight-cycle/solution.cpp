#include <bits/stdc++.h>
using namespace std;

// Floyd-Warshall: before vertex k joins the intermediates, close cycles i -> ... -> j -> k -> i.
int main() {
    int n, m;
    cin >> n >> m;
    const long long INF = 1e15;
    vector<vector<long long>> weight(n + 1, vector<long long>(n + 1, INF)), dist;
    for (int k = 0; k < m; ++k) {
        int u, v, w;
        cin >> u >> v >> w;
        weight[u][v] = weight[v][u] = w;
    }
    dist = weight;
    long long best = INF;
    for (int k = 1; k <= n; ++k) {
        for (int i = 1; i < k; ++i)
            for (int j = i + 1; j < k; ++j)
                best = min(best, dist[i][j] + weight[j][k] + weight[k][i]);
        for (int i = 1; i <= n; ++i)
            for (int j = 1; j <= n; ++j) dist[i][j] = min(dist[i][j], dist[i][k] + dist[k][j]);
    }
    cout << (best >= INF ? -1 : best) << "\n";
}
