#include <bits/stdc++.h>
using namespace std;

// Sort everything seen so far after each arrival.
int main() {
    int q, k;
    cin >> q >> k;
    vector<int> seen;
    for (int i = 0; i < q; ++i) {
        int x;
        cin >> x;
        seen.push_back(x);
        vector<int> sorted = seen;
        sort(sorted.rbegin(), sorted.rend());
        cout << ((int)sorted.size() < k ? -1 : sorted[k - 1]) << (i + 1 < q ? ' ' : '\n');
    }
}
