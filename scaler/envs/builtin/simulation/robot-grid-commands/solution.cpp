#include <bits/stdc++.h>
using namespace std;

// The heading as a direction vector, rotated directly: left (dr, dc) -> (-dc, dr), right -> (dc, -dr).
int main() {
    int r, c;
    cin >> r >> c;
    vector<string> g(r);
    for (auto& row : g) cin >> row;
    string commands;
    cin >> commands;
    int row = 0, col = 0, dr = -1, dc = 0;
    for (char command : commands) {
        if (command == 'L') tie(dr, dc) = make_pair(-dc, dr);
        else if (command == 'R') tie(dr, dc) = make_pair(dc, -dr);
        else {
            int a = row + dr, b = col + dc;
            if (a >= 0 && a < r && b >= 0 && b < c && g[a][b] == '.') row = a, col = b;
        }
    }
    cout << row + 1 << " " << col + 1 << "\n";
}
