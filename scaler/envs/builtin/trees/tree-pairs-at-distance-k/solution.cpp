#include <bits/stdc++.h>
using namespace std;

// Breadth-first search from every vertex; every pair is seen from both ends.
int main() {
    int n, k;
    cin >> n >> k;
    vector<vector<int>> adjacent(n + 1);
    for (int i = 0; i < n - 1; ++i) {
        int u, v;
        cin >> u >> v;
        adjacent[u].push_back(v);
        adjacent[v].push_back(u);
    }
    long long count = 0;
    for (int s = 1; s <= n; ++s) {
        vector<int> dist(n + 1, -1);
        dist[s] = 0;
        queue<int> queue;
        queue.push(s);
        while (!queue.empty()) {
            int u = queue.front();
            queue.pop();
            count += dist[u] == k;
            for (int v : adjacent[u])
                if (dist[v] < 0) dist[v] = dist[u] + 1, queue.push(v);
        }
    }
    cout << count / 2 << "\n";
}
