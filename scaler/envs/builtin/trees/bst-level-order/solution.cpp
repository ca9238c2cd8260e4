#include <bits/stdc++.h>
using namespace std;

// Without building the tree: key b lies in the subtree of key a exactly when a came first and no key
// inserted before b lies between a and b. Depth of a key = the number of such ancestors; siblings at one
// depth are ordered by key, which matches left-to-right order.
int main() {
    int n;
    cin >> n;
    vector<int> keys(n);
    for (int& k : keys) cin >> k;
    vector<pair<int, int>> byLevel;  // (depth, key)
    for (int j = 0; j < n; ++j) {
        int depth = 0;
        for (int i = 0; i < j; ++i) {
            int lo = min(keys[i], keys[j]), hi = max(keys[i], keys[j]);
            bool blocked = false;
            for (int k = 0; k < i && !blocked; ++k) blocked = lo < keys[k] && keys[k] < hi;
            depth += !blocked;
        }
        byLevel.push_back({depth, keys[j]});
    }
    sort(byLevel.begin(), byLevel.end());
    for (int i = 0; i < n; ++i) cout << byLevel[i].second << (i + 1 < n ? ' ' : '\n');
}
