#include <bits/stdc++.h>
using namespace std;

// For every pair of columns, the rows present in both; consecutive common rows give the best
// rectangle for that pair of columns.
int main() {
    int n;
    cin >> n;
    map<int, set<int>> column;
    for (int i = 0; i < n; ++i) {
        int x, y;
        cin >> x >> y;
        column[x].insert(y);
    }
    long long best = 0;
    for (auto a = column.begin(); a != column.end(); ++a)
        for (auto b = next(a); b != column.end(); ++b) {
            int previous = -1;
            for (int y : a->second) {
                if (!b->second.count(y)) continue;
                if (previous >= 0) {
                    long long area = (long long)(b->first - a->first) * (y - previous);
                    best = best == 0 ? area : min(best, area);
                }
                previous = y;
            }
        }
    cout << best << "\n";
}
