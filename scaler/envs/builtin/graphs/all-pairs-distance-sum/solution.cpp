#include <bits/stdc++.h>
using namespace std;

// Dijkstra from every vertex.
int main() {
    int n, m;
    cin >> n >> m;
    vector<vector<pair<int, int>>> adjacent(n + 1);
    for (int k = 0; k < m; ++k) {
        int u, v, w;
        cin >> u >> v >> w;
        adjacent[u].push_back({v, w});
    }
    long long total = 0;
    for (int s = 1; s <= n; ++s) {
        vector<long long> dist(n + 1, -1);
        priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> heap;
        heap.push({0, s});
        while (!heap.empty()) {
            auto [d, u] = heap.top();
            heap.pop();
            if (dist[u] != -1) continue;
            dist[u] = d;
            total += d;
            for (auto [v, w] : adjacent[u])
                if (dist[v] == -1) heap.push({d + w, v});
        }
    }
    cout << total << "\n";
}
