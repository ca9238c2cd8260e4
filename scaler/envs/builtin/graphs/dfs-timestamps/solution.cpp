#include <bits/stdc++.h>
using namespace std;

// Recursive search over an adjacency matrix, scanning neighbours by number.
int n, clockValue = 0;
vector<vector<bool>> edge;
vector<int> discovered, finished;

void visit(int u) {
    discovered[u] = ++clockValue;
    for (int v = 1; v <= n; ++v)
        if (edge[u][v] && !discovered[v]) visit(v);
    finished[u] = ++clockValue;
}

int main() {
    int m;
    cin >> n >> m;
    edge.assign(n + 1, vector<bool>(n + 1, false));
    discovered.assign(n + 1, 0);
    finished.assign(n + 1, 0);
    for (int k = 0; k < m; ++k) {
        int u, v;
        cin >> u >> v;
        edge[u][v] = true;
    }
    for (int s = 1; s <= n; ++s)
        if (!discovered[s]) visit(s);
    for (int v = 1; v <= n; ++v) cout << discovered[v] << ' ' << finished[v] << (v < n ? ' ' : '\n');
}
