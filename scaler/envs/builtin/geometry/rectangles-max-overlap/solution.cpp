#include <bits/stdc++.h>
using namespace std;

// Count coverage at every lattice point of the board (all corners are lattice points).
int main() {
    int n;
    cin >> n;
    vector<vector<int>> depth(101, vector<int>(101, 0));
    for (int i = 0; i < n; ++i) {
        int x1, y1, x2, y2;
        cin >> x1 >> y1 >> x2 >> y2;
        for (int x = x1; x <= x2; ++x)
            for (int y = y1; y <= y2; ++y) ++depth[x][y];
    }
    int best = 0;
    for (auto& row : depth) best = max(best, *max_element(row.begin(), row.end()));
    cout << best << "\n";
}
