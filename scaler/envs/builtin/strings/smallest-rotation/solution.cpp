
#include <bits/stdc++.h>
using namespace std;

// Two-candidate scan (minimum expression): the loser of each comparison skips past the mismatch.
int main() {
    string s;
    cin >> s;
    int n = s.size(), i = 0, j = 1, k = 0;
    while (i < n && j < n && k < n) {
        char a = s[(i + k) % n], b = s[(j + k) % n];
        if (a == b) {
            ++k;
            continue;
        }
        if (a > b) i += k + 1; else j += k + 1;
        if (i == j) ++j;
        k = 0;
    }
    int start = min(i, j);
    cout << s.substr(start) + s.substr(0, start) << "\n";
}
