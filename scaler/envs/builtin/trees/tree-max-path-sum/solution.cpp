#include <bits/stdc++.h>
using namespace std;

// From every start vertex, walk the tree and record the sum of every path that starts there.
int main() {
    int n;
    cin >> n;
    vector<int> value(n + 1);
    for (int v = 1; v <= n; ++v) cin >> value[v];
    vector<vector<int>> adjacent(n + 1);
    for (int k = 0; k < n - 1; ++k) {
        int u, v;
        cin >> u >> v;
        adjacent[u].push_back(v);
        adjacent[v].push_back(u);
    }
    long long best = LLONG_MIN;
    for (int s = 1; s <= n; ++s) {
        vector<long long> sum(n + 1, 0);
        vector<bool> seen(n + 1, false);
        vector<int> stack{s};
        seen[s] = true;
        sum[s] = value[s];
        while (!stack.empty()) {
            int u = stack.back();
            stack.pop_back();
            best = max(best, sum[u]);
            for (int v : adjacent[u])
                if (!seen[v]) seen[v] = true, sum[v] = sum[u] + value[v], stack.push_back(v);
        }
    }
    cout << best << "\n";
}
