#include <bits/stdc++.h>
using namespace std;

// A search from every vertex.
int main() {
    int n;
    cin >> n;
    vector<vector<pair<int, int>>> adjacent(n + 1);
    for (int k = 0; k < n - 1; ++k) {
        int u, v, w;
        cin >> u >> v >> w;
        adjacent[u].push_back({v, w});
        adjacent[v].push_back({u, w});
    }
    for (int s = 1; s <= n; ++s) {
        vector<long long> dist(n + 1, -1);
        dist[s] = 0;
        vector<int> stack{s};
        long long farthest = 0;
        while (!stack.empty()) {
            int u = stack.back();
            stack.pop_back();
            farthest = max(farthest, dist[u]);
            for (auto [v, w] : adjacent[u])
                if (dist[v] < 0) dist[v] = dist[u] + w, stack.push_back(v);
        }
        cout << farthest << (s < n ? ' ' : '\n');
    }
}
