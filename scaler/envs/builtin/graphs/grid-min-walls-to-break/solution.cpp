#include <bits/stdc++.h>
using namespace std;

// Bellman-Ford style relaxation sweeps until no cell improves.
int main() {
    int r, c;
    cin >> r >> c;
    vector<string> grid(r);
    for (auto& row : grid) cin >> row;
    vector<vector<int>> cost(r, vector<int>(c, INT_MAX / 2));
    cost[0][0] = 0;
    int di[] = {1, -1, 0, 0}, dj[] = {0, 0, 1, -1};
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < r; ++i)
            for (int j = 0; j < c; ++j)
                for (int d = 0; d < 4; ++d) {
                    int a = i + di[d], b = j + dj[d];
                    if (a < 0 || a >= r || b < 0 || b >= c) continue;
                    int candidate = cost[i][j] + (grid[a][b] == '#');
                    if (candidate < cost[a][b]) cost[a][b] = candidate, changed = true;
                }
    }
    cout << cost[r - 1][c - 1] << "\n";
}
