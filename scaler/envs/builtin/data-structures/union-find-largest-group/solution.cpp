#include <bits/stdc++.h>
using namespace std;

// Keep an explicit group label per person and relabel the whole second group on a merge.
int main() {
    int n, q;
    cin >> n >> q;
    vector<int> group(n + 1);
    iota(group.begin(), group.end(), 0);
    for (int k = 0; k < q; ++k) {
        int a, b;
        cin >> a >> b;
        int from = group[b], to = group[a];
        for (int v = 1; v <= n; ++v)
            if (group[v] == from) group[v] = to;
        vector<int> count(n + 1, 0);
        for (int v = 1; v <= n; ++v) ++count[group[v]];
        cout << *max_element(count.begin(), count.end()) << (k + 1 < q ? ' ' : '\n');
    }
}
