#include <bits/stdc++.h>
using namespace std;

// The answer is a difference of two positions: try every such difference, largest first.
int main() {
    int n, c;
    cin >> n >> c;
    vector<int> x(n);
    for (int& v : x) cin >> v;
    sort(x.begin(), x.end());
    set<int, greater<int>> gaps;
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) gaps.insert(x[j] - x[i]);
    for (int gap : gaps) {
        int placed = 1, last = x[0];
        for (int i = 1; i < n; ++i)
            if (x[i] - last >= gap) ++placed, last = x[i];
        if (placed >= c) {
            cout << gap << "\n";
            return 0;
        }
    }
}
