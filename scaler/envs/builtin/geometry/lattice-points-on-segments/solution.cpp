#include <bits/stdc++.h>
using namespace std;

// Test every lattice point of the 31 x 31 box against every segment.
int main() {
    int n;
    cin >> n;
    vector<array<int, 4>> segments(n);
    for (auto& s : segments) cin >> s[0] >> s[1] >> s[2] >> s[3];
    int count = 0;
    for (int x = 0; x <= 30; ++x)
        for (int y = 0; y <= 30; ++y) {
            bool on = false;
            for (auto& s : segments) {
                int cross = (s[2] - s[0]) * (y - s[1]) - (s[3] - s[1]) * (x - s[0]);
                on = on || (cross == 0 && min(s[0], s[2]) <= x && x <= max(s[0], s[2]) && min(s[1], s[3]) <= y &&
                            y <= max(s[1], s[3]));
            }
            count += on;
        }
    cout << count << "\n";
}
