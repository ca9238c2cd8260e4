
#include <bits/stdc++.h>
using namespace std;

// n rounds; each round scans for the smallest unplaced vertex whose predecessors are all placed.
int main() {
    int n, m;
    cin >> n >> m;
    vector<vector<int>> predecessors(n + 1);
    for (int k = 0; k < m; ++k) {
        int u, v;
        cin >> u >> v;
        predecessors[v].push_back(u);
    }
    vector<bool> placed(n + 1, false);
    for (int round = 0; round < n; ++round) {
        for (int v = 1; v <= n; ++v) {
            if (placed[v]) continue;
            bool free = true;
            for (int u : predecessors[v]) free = free && placed[u];
            if (free) {
                placed[v] = true;
                cout << v << (round + 1 < n ? ' ' : '\n');
                break;
            }
        }
    }
}
