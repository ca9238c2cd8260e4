#include <bits/stdc++.h>
using namespace std;

// Remove each vertex and measure the parts left with a search.
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
    vector<int> weight(n + 1, 0);
    for (int removed = 1; removed <= n; ++removed) {
        vector<bool> seen(n + 1, false);
        seen[removed] = true;
        for (int s : adjacent[removed]) {
            int part = 0;
            vector<int> stack{s};
            seen[s] = true;
            while (!stack.empty()) {
                int u = stack.back();
                stack.pop_back();
                ++part;
                for (int v : adjacent[u])
                    if (!seen[v]) seen[v] = true, stack.push_back(v);
            }
            weight[removed] = max(weight[removed], part);
        }
    }
    int best = *min_element(weight.begin() + 1, weight.end());
    vector<int> centroids;
    for (int v = 1; v <= n; ++v)
        if (weight[v] == best) centroids.push_back(v);
    for (size_t i = 0; i < centroids.size(); ++i) cout << centroids[i] << (i + 1 < centroids.size() ? ' ' : '\n');
}
