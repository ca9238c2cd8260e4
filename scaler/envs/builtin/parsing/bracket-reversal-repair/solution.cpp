#include <bits/stdc++.h>
using namespace std;

// Dynamic programming over (prefix, open count): the cheapest way to keep every prefix valid.
int main() {
    int len;
    string s;
    cin >> len >> s;
    const int INF = INT_MAX / 2;
    vector<int> cost(len + 2, INF);
    cost[0] = 0;
    for (char c : s) {
        vector<int> next(len + 2, INF);
        for (int open = 0; open <= len; ++open) {
            if (cost[open] == INF) continue;
            next[open + 1] = min(next[open + 1], cost[open] + (c != '('));  // make it '('
            if (open) next[open - 1] = min(next[open - 1], cost[open] + (c != ')'));  // make it ')'
        }
        cost = next;
    }
    cout << cost[0] << "\n";
}
