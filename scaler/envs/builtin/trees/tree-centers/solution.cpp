#include <bits/stdc++.h>
using namespace std;

// Breadth-first search from every vertex gives every eccentricity.
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
    vector<int> eccentricity(n + 1, 0);
    for (int s = 1; s <= n; ++s) {
        vector<int> dist(n + 1, -1);
        dist[s] = 0;
        queue<int> queue;
        queue.push(s);
        while (!queue.empty()) {
            int u = queue.front();
            queue.pop();
            eccentricity[s] = max(eccentricity[s], dist[u]);
            for (int v : adjacent[u])
                if (dist[v] < 0) dist[v] = dist[u] + 1, queue.push(v);
        }
    }
    int best = *min_element(eccentricity.begin() + 1, eccentricity.end());
    vector<int> centers;
    for (int v = 1; v <= n; ++v)
        if (eccentricity[v] == best) centers.push_back(v);
    for (size_t i = 0; i < centers.size(); ++i) cout << centers[i] << (i + 1 < centers.size() ? ' ' : '\n');
}
