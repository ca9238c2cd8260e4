#include <bits/stdc++.h>
using namespace std;

// Find parents with a search from the root, then let every vertex count itself at each of its ancestors.
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
    vector<int> parent(n + 1, -1), stack{1};
    parent[1] = 0;
    while (!stack.empty()) {
        int u = stack.back();
        stack.pop_back();
        for (int v : adjacent[u])
            if (parent[v] == -1) parent[v] = u, stack.push_back(v);
    }
    vector<int> size(n + 1, 0);
    for (int v = 1; v <= n; ++v)
        for (int x = v; x; x = parent[x]) ++size[x];
    for (int v = 1; v <= n; ++v) cout << size[v] << (v < n ? ' ' : '\n');
}
