#include <bits/stdc++.h>
using namespace std;

// Greedy by leaves: a leaf with weight at least its neighbour's is always taken; otherwise fold the
// leaf into its neighbour (the neighbour's weight drops by the leaf's, the leaf's weight is banked).
int main() {
    int n;
    cin >> n;
    vector<long long> weight(n + 1);
    for (int v = 1; v <= n; ++v) cin >> weight[v];
    vector<set<int>> adjacent(n + 1);
    for (int k = 0; k < n - 1; ++k) {
        int u, v;
        cin >> u >> v;
        adjacent[u].insert(v);
        adjacent[v].insert(u);
    }
    vector<bool> removed(n + 1, false);
    long long total = 0;
    for (int left = n; left > 0;) {
        int leaf = 0;
        for (int v = 1; v <= n && !leaf; ++v)
            if (!removed[v] && adjacent[v].size() <= 1) leaf = v;
        if (adjacent[leaf].empty()) {
            total += max(0LL, weight[leaf]), removed[leaf] = true, --left;
            continue;
        }
        int other = *adjacent[leaf].begin();
        if (weight[leaf] >= weight[other]) {  // take the leaf, drop its neighbour
            total += max(0LL, weight[leaf]);
            removed[leaf] = removed[other] = true, left -= 2;
            for (int x : adjacent[other]) adjacent[x].erase(other);
            adjacent[other].clear();
        } else {  // either the leaf or its neighbour: bank the leaf, neighbour is worth the difference
            total += max(0LL, weight[leaf]);
            weight[other] -= max(0LL, weight[leaf]);
            removed[leaf] = true, --left;
            adjacent[other].erase(leaf);
        }
    }
    cout << total << "\n";
}
