#include <bits/stdc++.h>
using namespace std;

// Grundy values of rows by mex over moves; then try every move on the explicit list of rows.
int main() {
    const int LIMIT = 60;
    vector<int> g(LIMIT + 1, 0);
    for (int len = 1; len <= LIMIT; ++len) {
        vector<bool> seen(128, false);
        for (int taken = 1; taken <= min(2, len); ++taken)
            for (int left = 0; left + taken <= len; ++left) seen[g[left] ^ g[len - taken - left]] = true;
        while (seen[g[len]]) ++g[len];
    }
    int n;
    cin >> n;
    vector<int> rows(n);
    for (int &r : rows) cin >> r;
    long long wins = 0;
    for (int i = 0; i < n; ++i)
        for (int taken = 1; taken <= min(2, rows[i]); ++taken)
            for (int left = 0; left + taken <= rows[i]; ++left) {
                int total = g[left] ^ g[rows[i] - taken - left];
                for (int j = 0; j < n; ++j)
                    if (j != i) total ^= g[rows[j]];
                wins += total == 0;
            }
    cout << wins << "\n";
}
