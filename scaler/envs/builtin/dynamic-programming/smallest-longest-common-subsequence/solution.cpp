#include <bits/stdc++.h>
using namespace std;

// best[i][j]: the longest, then smallest, common subsequence of the suffixes a[i:] and b[j:].
int main() {
    string a, b;
    cin >> a >> b;
    int n = a.size(), m = b.size();
    vector<vector<string>> best(n + 1, vector<string>(m + 1));
    auto better = [](const string& x, const string& y) {
        return x.size() != y.size() ? x.size() > y.size() : x < y;
    };
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j) {
            string cand = better(best[i + 1][j], best[i][j + 1]) ? best[i + 1][j] : best[i][j + 1];
            if (a[i] == b[j]) {
                string take = a[i] + best[i + 1][j + 1];
                if (better(take, cand)) cand = take;
            }
            best[i][j] = cand;
        }
    cout << best[0][0] << "\n";
}
