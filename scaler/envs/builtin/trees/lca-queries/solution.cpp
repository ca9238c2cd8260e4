#include <bits/stdc++.h>
using namespace std;

// Mark every ancestor of u, then climb from v to the first marked vertex.
int main() {
    int n, q;
    cin >> n >> q;
    vector<int> parent(n + 1, 0);
    for (int v = 2; v <= n; ++v) cin >> parent[v];
    for (int k = 0; k < q; ++k) {
        int u, v;
        cin >> u >> v;
        vector<bool> ancestor(n + 1, false);
        for (int x = u; x; x = parent[x]) ancestor[x] = true;
        while (!ancestor[v]) v = parent[v];
        cout << v << (k + 1 < q ? ' ' : '\n');
    }
}
