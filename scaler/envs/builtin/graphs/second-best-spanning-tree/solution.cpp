#include <bits/stdc++.h>
using namespace std;

// Drop each edge of one minimum spanning tree in turn and rebuild the best tree without it (Kruskal).
int n, m;
vector<array<int, 3>> edges;  // (w, u, v), sorted

long long kruskal(int banned, vector<int>* used) {
    vector<int> parent(n + 1);
    iota(parent.begin(), parent.end(), 0);
    function<int(int)> find = [&](int x) { return parent[x] == x ? x : parent[x] = find(parent[x]); };
    long long total = 0;
    int joined = 0;
    for (int k = 0; k < m; ++k) {
        if (k == banned) continue;
        int a = find(edges[k][1]), b = find(edges[k][2]);
        if (a == b) continue;
        parent[a] = b, total += edges[k][0], ++joined;
        if (used) used->push_back(k);
    }
    return joined == n - 1 ? total : -1;
}

int main() {
    cin >> n >> m;
    edges.resize(m);
    for (auto& e : edges) cin >> e[1] >> e[2] >> e[0];
    sort(edges.begin(), edges.end());
    vector<int> tree;
    kruskal(-1, &tree);
    long long best = -1;
    for (int k : tree) {
        long long without = kruskal(k, nullptr);
        if (without >= 0 && (best < 0 || without < best)) best = without;
    }
    cout << best << "\n";
}
