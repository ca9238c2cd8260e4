#include <bits/stdc++.h>
using namespace std;

// Count backwards: ways[i][j] is the number of paths from (i, j) to the bottom-right cell.
int main() {
    int r, c;
    cin >> r >> c;
    vector<string> g(r);
    for (auto& row : g) cin >> row;
    vector<vector<long long>> ways(r + 1, vector<long long>(c + 1, 0));
    for (int i = r - 1; i >= 0; --i)
        for (int j = c - 1; j >= 0; --j) {
            if (g[i][j] == '#') continue;
            ways[i][j] = (i == r - 1 && j == c - 1) ? 1 : ways[i + 1][j] + ways[i][j + 1];
        }
    cout << ways[0][0] << "\n";
}
