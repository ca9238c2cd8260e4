#include <bits/stdc++.h>
using namespace std;

// Degrees only: each step scans for the smallest remaining leaf and its one remaining neighbour.
int main() {
    int n;
    cin >> n;
    vector<pair<int, int>> edges(n - 1);
    vector<int> degree(n + 1, 0);
    for (auto& [u, v] : edges) cin >> u >> v, ++degree[u], ++degree[v];
    vector<bool> removed(n + 1, false);
    for (int step = 0; step < n - 2; ++step) {
        int leaf = 1;
        while (removed[leaf] || degree[leaf] != 1) ++leaf;
        for (auto [u, v] : edges) {
            int other = u == leaf ? v : v == leaf ? u : 0;
            if (other && !removed[other]) {
                cout << other << (step + 1 < n - 2 ? ' ' : '\n');
                --degree[other];
                break;
            }
        }
        removed[leaf] = true, degree[leaf] = 0;
    }
}
