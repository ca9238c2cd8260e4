#include <bits/stdc++.h>
using namespace std;

// Depth-first search from every unvisited vertex.
int main() {
    int n, m;
    cin >> n >> m;
    vector<vector<int>> adjacent(n + 1);
    for (int k = 0; k < m; ++k) {
        int u, v;
        cin >> u >> v;
        adjacent[u].push_back(v);
        adjacent[v].push_back(u);
    }
    vector<bool> seen(n + 1, false);
    int components = 0;
    for (int s = 1; s <= n; ++s) {
        if (seen[s]) continue;
        ++components;
        vector<int> stack{s};
        seen[s] = true;
        while (!stack.empty()) {
            int u = stack.back();
            stack.pop_back();
            for (int v : adjacent[u])
                if (!seen[v]) seen[v] = true, stack.push_back(v);
        }
    }
    cout << components << "\n";
}
