#include <bits/stdc++.h>
using namespace std;

// For each query, search from u recording parents, then walk back from v and add the values.
int main() {
    int n, q;
    cin >> n >> q;
    vector<int> value(n + 1);
    for (int v = 1; v <= n; ++v) cin >> value[v];
    vector<vector<int>> adjacent(n + 1);
    for (int k = 0; k < n - 1; ++k) {
        int u, v;
        cin >> u >> v;
        adjacent[u].push_back(v);
        adjacent[v].push_back(u);
    }
    for (int k = 0; k < q; ++k) {
        int u, v;
        cin >> u >> v;
        vector<int> from(n + 1, -1), stack{u};
        from[u] = 0;
        while (!stack.empty()) {
            int x = stack.back();
            stack.pop_back();
            for (int y : adjacent[x])
                if (from[y] < 0) from[y] = x, stack.push_back(y);
        }
        long long sum = 0;
        for (int x = v; x; x = from[x]) sum += value[x];
        cout << sum << (k + 1 < q ? ' ' : '\n');
    }
}
