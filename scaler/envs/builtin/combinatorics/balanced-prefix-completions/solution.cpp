#include <bits/stdc++.h>
using namespace std;

// Count completions by dynamic programming over (position, open brackets).
int main() {
    const long long MOD = 1000000007;
    int n;
    string s;
    cin >> n >> s;
    if (s == "-") s = "";
    int depth = 0;
    for (char c : s) depth += c == '(' ? 1 : -1;
    int steps = 2 * n - (int)s.size();
    vector<long long> ways(steps + 2, 0);
    ways[depth] = 1;
    for (int i = 0; i < steps; ++i) {
        vector<long long> next(steps + 2, 0);
        for (int h = 0; h <= steps; ++h) {
            if (!ways[h]) continue;
            next[h + 1] = (next[h + 1] + ways[h]) % MOD;
            if (h) next[h - 1] = (next[h - 1] + ways[h]) % MOD;
        }
        ways = next;
    }
    cout << ways[0] << "\n";
}
