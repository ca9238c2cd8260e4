#include <bits/stdc++.h>
using namespace std;

// Win/lose table over the whole board; a square loses when no move reaches a losing square.
int n;
vector<vector<bool>> lose;

int moves_to_losing(int x, int y) {
    int count = 0;
    for (int d = 1; d <= x; ++d) count += lose[x - d][y];
    for (int d = 1; d <= y; ++d) count += lose[x][y - d];
    for (int d = 1; d <= min(x, y); ++d) count += lose[x - d][y - d];
    return count;
}

int main() {
    int q;
    cin >> n >> q;
    lose.assign(n, vector<bool>(n, false));
    for (int x = 0; x < n; ++x)
        for (int y = 0; y < n; ++y) lose[x][y] = moves_to_losing(x, y) == 0;
    for (int i = 0; i < q; ++i) {
        int x, y;
        cin >> x >> y;
        cout << moves_to_losing(x, y) << (i + 1 < q ? ' ' : '\n');
    }
}
