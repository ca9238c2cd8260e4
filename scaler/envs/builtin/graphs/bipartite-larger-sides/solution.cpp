#include <bits/stdc++.h>
using namespace std;

// Union-find that stores each vertex's parity relative to its root.
vector<int> parent, parity;

pair<int, int> find(int x) {
    if (parent[x] == x) return {x, 0};
    auto [root, p] = find(parent[x]);
    parent[x] = root;
    parity[x] ^= p;
    return {root, parity[x]};
}

int main() {
    int n, m;
    cin >> n >> m;
    parent.resize(n + 1);
    parity.assign(n + 1, 0);
    iota(parent.begin(), parent.end(), 0);
    for (int k = 0; k < m; ++k) {
        int u, v;
        cin >> u >> v;
        auto [ru, pu] = find(u);
        auto [rv, pv] = find(v);
        if (ru != rv) parent[ru] = rv, parity[ru] = pu ^ pv ^ 1;
    }
    map<int, array<int, 2>> count;
    for (int v = 1; v <= n; ++v) {
        auto [root, p] = find(v);
        count[root][p]++;
    }
    int white = 0;
    for (auto& [root, c] : count) white += max(c[0], c[1]);
    cout << white << "\n";
}
