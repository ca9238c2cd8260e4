#include <bits/stdc++.h>
using namespace std;

// Floyd-Warshall distances, then count paths over vertices in increasing distance from vertex 1.
int main() {
    int n, m;
    cin >> n >> m;
    const long long INF = LLONG_MAX / 4;
    vector<vector<long long>> dist(n + 1, vector<long long>(n + 1, INF));
    vector<array<int, 3>> edges(m);
    for (auto& e : edges) {
        cin >> e[0] >> e[1] >> e[2];
        dist[e[0]][e[1]] = dist[e[1]][e[0]] = e[2];
    }
    for (int v = 1; v <= n; ++v) dist[v][v] = 0;
    for (int k = 1; k <= n; ++k)
        for (int i = 1; i <= n; ++i)
            for (int j = 1; j <= n; ++j) dist[i][j] = min(dist[i][j], dist[i][k] + dist[k][j]);
    vector<int> order;
    for (int v = 1; v <= n; ++v)
        if (dist[1][v] < INF) order.push_back(v);
    sort(order.begin(), order.end(), [&](int a, int b) { return dist[1][a] < dist[1][b]; });
    vector<long long> ways(n + 1, 0);
    ways[1] = 1;
    for (int v : order)
        for (auto& e : edges)
            for (int side = 0; side < 2; ++side)
                if (e[1 - side] == v && dist[1][e[side]] + e[2] == dist[1][v]) ways[v] += ways[e[side]];
    cout << ways[n] << "\n";
}
