#include <bits/stdc++.h>
using namespace std;

// Peel sinks repeatedly (Kahn's algorithm on reversed edges), computing each value once all
// successors are known.
int main() {
    int n, m;
    cin >> n >> m;
    vector<vector<int>> successors(n + 1), predecessors(n + 1);
    vector<int> outdegree(n + 1, 0), value(n + 1, 0);
    for (int k = 0; k < m; ++k) {
        int u, v;
        cin >> u >> v;
        successors[u].push_back(v);
        predecessors[v].push_back(u);
        ++outdegree[u];
    }
    queue<int> ready;
    for (int u = 1; u <= n; ++u)
        if (!outdegree[u]) ready.push(u);
    while (!ready.empty()) {
        int u = ready.front();
        ready.pop();
        set<int> seen;
        for (int v : successors[u]) seen.insert(value[v]);
        while (seen.count(value[u])) ++value[u];
        for (int p : predecessors[u])
            if (--outdegree[p] == 0) ready.push(p);
    }
    for (int u = 1; u <= n; ++u) cout << value[u] << (u < n ? ' ' : '\n');
}
