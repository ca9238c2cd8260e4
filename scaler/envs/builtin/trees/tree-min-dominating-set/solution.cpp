#include <bits/stdc++.h>
using namespace std;

// Greedy from the deepest vertices up: an undominated vertex makes its parent (or itself, at the
// root) join the set.
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
    vector<int> parent(n + 1, -1), order{1};
    parent[1] = 0;
    for (size_t i = 0; i < order.size(); ++i)
        for (int v : adjacent[order[i]])
            if (parent[v] == -1) parent[v] = order[i], order.push_back(v);
    vector<bool> inSet(n + 1, false), dominated(n + 1, false);
    int size = 0;
    for (int i = n - 1; i >= 0; --i) {
        int u = order[i];
        if (dominated[u]) continue;
        int pick = parent[u] ? parent[u] : u;
        inSet[pick] = true, ++size;
        dominated[pick] = true;
        for (int v : adjacent[pick]) dominated[v] = true;
    }
    cout << size << "\n";
}
