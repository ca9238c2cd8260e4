#include <bits/stdc++.h>
using namespace std;

// Insertion sort under the pairwise rule "x goes before y when x + y > y + x" (a total preorder).
int main() {
    int n;
    cin >> n;
    vector<string> order;
    for (int k = 0; k < n; ++k) {
        string w;
        cin >> w;
        size_t pos = 0;
        while (pos < order.size() && order[pos] + w >= w + order[pos]) ++pos;
        order.insert(order.begin() + pos, w);
    }
    for (auto& w : order) cout << w;
    cout << "\n";
}
