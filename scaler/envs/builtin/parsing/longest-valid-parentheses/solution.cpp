#include <bits/stdc++.h>
using namespace std;

// Check every start: extend while the depth stays non-negative, recording every return to zero.
int main() {
    int n;
    string s;
    cin >> n >> s;
    int best = 0;
    for (int l = 0; l < n; ++l) {
        int depth = 0;
        for (int r = l; r < n && depth >= 0; ++r) {
            depth += s[r] == '(' ? 1 : -1;
            if (depth == 0) best = max(best, r - l + 1);
        }
    }
    cout << best << "\n";
}
