#include <bits/stdc++.h>
using namespace std;

// Unbounded-knapsack DP over all amounts up to 1000.
int main() {
    int m, q;
    cin >> m >> q;
    vector<int> coins(m);
    for (int& c : coins) cin >> c;
    vector<int> best(1001, INT_MAX);
    best[0] = 0;
    for (int a = 1; a <= 1000; ++a)
        for (int c : coins)
            if (c <= a && best[a - c] != INT_MAX) best[a] = min(best[a], best[a - c] + 1);
    for (int k = 0; k < q; ++k) {
        int a;
        cin >> a;
        cout << best[a] << (k + 1 < q ? ' ' : '\n');
    }
}
