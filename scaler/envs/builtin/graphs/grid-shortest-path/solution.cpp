
#include <bits/stdc++.h>
using namespace std;

// Bellman-Ford style: relax every free cell from its neighbours until nothing changes.
int main() {
    int rows, cols;
    cin >> rows >> cols;
    vector<string> grid(rows);
    for (auto& row : grid) cin >> row;
    const int INF = INT_MAX / 2;
    vector<vector<int>> dist(rows, vector<int>(cols, INF));
    int target_r = 0, target_c = 0;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            if (grid[r][c] == 'S') dist[r][c] = 0;
            if (grid[r][c] == 'T') target_r = r, target_c = c;
        }
    const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
    for (bool changed = true; changed;) {
        changed = false;
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) {
                if (grid[r][c] == '#') continue;
                for (int k = 0; k < 4; ++k) {
                    int nr = r + dr[k], nc = c + dc[k];
                    if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] == '#') continue;
                    if (dist[nr][nc] + 1 < dist[r][c]) {
                        dist[r][c] = dist[nr][nc] + 1;
                        changed = true;
                    }
                }
            }
    }
    int d = dist[target_r][target_c];
    cout << (d >= INF ? -1 : d) << "\n";
}
