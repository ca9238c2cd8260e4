#include <bits/stdc++.h>
using namespace std;

// A fixed array big enough for any reachable cell; directions 0..3 = up, right, down, left.
int main() {
    int t, b;
    cin >> t >> b;
    int off = t + 12, side = 2 * off + 1;
    vector<vector<char>> black(side, vector<char>(side, 0));
    for (int i = 0; i < b; ++i) {
        int x, y;
        cin >> x >> y;
        black[x + off][y + off] = 1;
    }
    const int dx[] = {0, 1, 0, -1}, dy[] = {1, 0, -1, 0};
    int x = off, y = off, dir = 0;
    for (int step = 0; step < t; ++step) {
        dir = black[x][y] ? (dir + 3) % 4 : (dir + 1) % 4;
        black[x][y] ^= 1;
        x += dx[dir];
        y += dy[dir];
    }
    long long count = 0;
    for (auto& col : black) count += accumulate(col.begin(), col.end(), 0LL);
    cout << count << "\n";
}
