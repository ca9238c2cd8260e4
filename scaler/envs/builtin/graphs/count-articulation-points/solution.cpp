#include <bits/stdc++.h>
using namespace std;

// Remove each vertex in turn and check whether the other vertices stay connected.
int main() {
    int n, m;
    cin >> n >> m;
    vector<vector<int>> adjacent(n + 1);
    for (int k = 0; k < m; ++k) {
        int u, v;
        cin >> u >> v;
        adjacent[u].push_back(v);
        adjacent[v].push_back(u);
    }
    int points = 0;
    for (int removed = 1; removed <= n; ++removed) {
        if (n <= 2) break;
        int start = removed == 1 ? 2 : 1, reached = 1;
        vector<bool> seen(n + 1, false);
        seen[removed] = seen[start] = true;
        vector<int> stack{start};
        while (!stack.empty()) {
            int u = stack.back();
            stack.pop_back();
            for (int v : adjacent[u])
                if (!seen[v]) seen[v] = true, ++reached, stack.push_back(v);
        }
        points += reached < n - 1;
    }
    cout << points << "\n";
}
