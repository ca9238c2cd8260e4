#include <bits/stdc++.h>
using namespace std;

// Bellman-Ford: relax every edge in both directions until nothing changes.
int main() {
    int n, m;
    cin >> n >> m;
    vector<array<int, 3>> edges(m);
    for (auto& e : edges) cin >> e[0] >> e[1] >> e[2];
    const long long INF = LLONG_MAX / 4;
    vector<long long> dist(n + 1, INF);
    dist[1] = 0;
    for (bool changed = true; changed;) {
        changed = false;
        for (auto& e : edges)
            for (int side = 0; side < 2; ++side) {
                int u = e[side], v = e[1 - side];
                if (dist[u] < INF && dist[u] + e[2] < dist[v]) dist[v] = dist[u] + e[2], changed = true;
            }
    }
    for (int v = 1; v <= n; ++v) cout << (dist[v] == INF ? -1 : dist[v]) << (v < n ? ' ' : '\n');
}
