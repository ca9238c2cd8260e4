#include <bits/stdc++.h>
using namespace std;

// Remove each edge in turn and check whether its ends are still connected.
int main() {
    int n, m;
    cin >> n >> m;
    vector<pair<int, int>> edges(m);
    for (auto& [u, v] : edges) cin >> u >> v;
    int bridges = 0;
    for (int skip = 0; skip < m; ++skip) {
        vector<vector<int>> adjacent(n + 1);
        for (int k = 0; k < m; ++k)
            if (k != skip) {
                adjacent[edges[k].first].push_back(edges[k].second);
                adjacent[edges[k].second].push_back(edges[k].first);
            }
        vector<bool> seen(n + 1, false);
        vector<int> stack{edges[skip].first};
        seen[edges[skip].first] = true;
        while (!stack.empty()) {
            int u = stack.back();
            stack.pop_back();
            for (int v : adjacent[u])
                if (!seen[v]) seen[v] = true, stack.push_back(v);
        }
        bridges += !seen[edges[skip].second];
    }
    cout << bridges << "\n";
}
