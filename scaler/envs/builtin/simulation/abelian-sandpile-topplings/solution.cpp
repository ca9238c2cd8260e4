#include <bits/stdc++.h>
using namespace std;

// Sweep the grid repeatedly, toppling every unstable cell once per visit, until a sweep changes nothing.
int main() {
    int r, c;
    cin >> r >> c;
    vector<vector<int>> h(r, vector<int>(c));
    for (auto& row : h)
        for (int& x : row) cin >> x;
    long long topplings = 0;
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < r; ++i)
            for (int j = 0; j < c; ++j)
                if (h[i][j] >= 4) {
                    h[i][j] -= 4;
                    ++topplings;
                    changed = true;
                    if (i > 0) h[i - 1][j]++;
                    if (i + 1 < r) h[i + 1][j]++;
                    if (j > 0) h[i][j - 1]++;
                    if (j + 1 < c) h[i][j + 1]++;
                }
    }
    cout << topplings << "\n";
}
