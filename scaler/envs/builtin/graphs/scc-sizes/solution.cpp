#include <bits/stdc++.h>
using namespace std;

// Reachability from every vertex; u and v share a component when each reaches the other.
int main() {
    int n, m;
    cin >> n >> m;
    vector<vector<int>> adjacent(n + 1);
    for (int k = 0; k < m; ++k) {
        int u, v;
        cin >> u >> v;
        adjacent[u].push_back(v);
    }
    vector<vector<bool>> reach(n + 1, vector<bool>(n + 1, false));
    for (int s = 1; s <= n; ++s) {
        vector<int> stack{s};
        reach[s][s] = true;
        while (!stack.empty()) {
            int u = stack.back();
            stack.pop_back();
            for (int v : adjacent[u])
                if (!reach[s][v]) reach[s][v] = true, stack.push_back(v);
        }
    }
    vector<bool> assigned(n + 1, false);
    vector<int> sizes;
    for (int u = 1; u <= n; ++u) {
        if (assigned[u]) continue;
        int size = 0;
        for (int v = 1; v <= n; ++v)
            if (reach[u][v] && reach[v][u]) assigned[v] = true, ++size;
        sizes.push_back(size);
    }
    sort(sizes.rbegin(), sizes.rend());
    for (size_t i = 0; i < sizes.size(); ++i) cout << sizes[i] << (i + 1 < sizes.size() ? ' ' : '\n');
}
