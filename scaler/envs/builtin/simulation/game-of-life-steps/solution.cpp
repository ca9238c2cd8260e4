#include <bits/stdc++.h>
using namespace std;

int main() {
    int r, c, t;
    cin >> r >> c >> t;
    vector<string> g(r);
    for (auto& row : g) cin >> row;
    for (int step = 0; step < t; ++step) {
        vector<string> next = g;
        for (int i = 0; i < r; ++i)
            for (int j = 0; j < c; ++j) {
                int k = 0;
                for (int di = -1; di <= 1; ++di)
                    for (int dj = -1; dj <= 1; ++dj) {
                        int a = i + di, b = j + dj;
                        if ((di || dj) && a >= 0 && a < r && b >= 0 && b < c && g[a][b] == '#') ++k;
                    }
                next[i][j] = (k == 3 || (k == 2 && g[i][j] == '#')) ? '#' : '.';
            }
        g = next;
    }
    int live = 0;
    for (auto& row : g) live += count(row.begin(), row.end(), '#');
    cout << live << "\n";
}
