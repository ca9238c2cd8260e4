#include <bits/stdc++.h>
using namespace std;

// Unit cells of the 60 x 60 board; count the unit edges between a covered and an uncovered cell.
int main() {
    int n;
    cin >> n;
    vector<vector<int>> covered(62, vector<int>(62, 0));  // shifted by one so the border stays empty
    for (int k = 0; k < n; ++k) {
        int x1, y1, x2, y2;
        cin >> x1 >> y1 >> x2 >> y2;
        for (int x = x1; x < x2; ++x)
            for (int y = y1; y < y2; ++y) covered[x + 1][y + 1] = 1;
    }
    int perimeter = 0;
    for (int x = 0; x < 61; ++x)
        for (int y = 0; y < 61; ++y)
            perimeter += (covered[x][y] != covered[x + 1][y]) + (covered[x][y] != covered[x][y + 1]);
    cout << perimeter << "\n";
}
