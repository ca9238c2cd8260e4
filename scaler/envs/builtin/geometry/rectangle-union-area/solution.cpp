#include <bits/stdc++.h>
using namespace std;

// Paint the unit cells of the 100 x 100 board.
int main() {
    int n;
    cin >> n;
    vector<vector<bool>> painted(100, vector<bool>(100, false));
    for (int i = 0; i < n; ++i) {
        int x1, y1, x2, y2;
        cin >> x1 >> y1 >> x2 >> y2;
        for (int x = x1; x < x2; ++x)
            for (int y = y1; y < y2; ++y) painted[x][y] = true;
    }
    int area = 0;
    for (auto& column : painted) area += count(column.begin(), column.end(), true);
    cout << area << "\n";
}
