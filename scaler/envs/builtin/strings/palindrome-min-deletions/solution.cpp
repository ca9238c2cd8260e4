#include <bits/stdc++.h>
using namespace std;

// del[i][j]: fewest deletions that make s[i..j] a palindrome, over blocks of growing length.
int main() {
    string s;
    cin >> s;
    int n = s.size();
    vector<vector<int>> del(n, vector<int>(n, 0));
    for (int len = 2; len <= n; ++len)
        for (int i = 0; i + len <= n; ++i) {
            int j = i + len - 1;
            del[i][j] = s[i] == s[j] ? (len == 2 ? 0 : del[i + 1][j - 1])
                                     : 1 + min(del[i + 1][j], del[i][j - 1]);
        }
    cout << del[0][n - 1] << "\n";
}
