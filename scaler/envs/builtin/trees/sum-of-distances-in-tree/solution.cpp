#include <bits/stdc++.h>
using namespace std;

// Breadth-first search from every vertex.
int main() {
    int n;
    cin >> n;
    vector<vector<int>> adjacent(n + 1);
    for (int k = 0; k < n - 1; ++k) {
        int u, v;
        cin >> u >> v;
        adjacent[u].push_back(v);
        adjacent[v].push_back(u);
    }
    for (int s = 1; s <= n; ++s) {
        vector<int> dist(n + 1, -1);
        dist[s] = 0;
        queue<int> queue;
        queue.push(s);
        long long total = 0;
        while (!queue.empty()) {
            int u = queue.front();
            queue.pop();
            total += dist[u];
            for (int v : adjacent[u])
                if (dist[v] < 0) dist[v] = dist[u] + 1, queue.push(v);
        }
        cout << total << (s < n ? ' ' : '\n');
    }
}
