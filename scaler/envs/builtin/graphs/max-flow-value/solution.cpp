#include <bits/stdc++.h>
using namespace std;

// Max-flow min-cut theorem: try every cut that puts the source on one side and the sink on the other.
int main() {
    int n, m;
    cin >> n >> m;
    vector<array<int, 3>> edges(m);
    for (auto& e : edges) cin >> e[0] >> e[1] >> e[2];
    int inner = max(0, n - 2);
    long long best = LLONG_MAX;
    for (int mask = 0; mask < (1 << inner); ++mask) {
        auto sourceSide = [&](int v) { return v == 1 || (v != n && (mask >> (v - 2) & 1)); };
        long long cut = 0;
        for (auto& e : edges)
            if (sourceSide(e[0]) && !sourceSide(e[1])) cut += e[2];
        best = min(best, cut);
    }
    cout << best << "\n";
}
