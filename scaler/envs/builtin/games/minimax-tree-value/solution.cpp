#include <bits/stdc++.h>
using namespace std;

// Depth-first alpha-beta search from the root.
vector<vector<int>> children;
vector<int> payoff;

int search(int v, bool maximising, int alpha, int beta) {
    if (children[v].empty()) return payoff[v];
    int best = maximising ? INT_MIN : INT_MAX;
    for (int c : children[v]) {
        int value = search(c, !maximising, alpha, beta);
        if (maximising) best = max(best, value), alpha = max(alpha, value);
        else best = min(best, value), beta = min(beta, value);
        if (alpha >= beta) break;
    }
    return best;
}

int main() {
    int n;
    cin >> n;
    children.assign(n + 1, {});
    payoff.assign(n + 1, 0);
    for (int v = 2; v <= n; ++v) {
        int p;
        cin >> p;
        children[p].push_back(v);
    }
    for (int v = 1; v <= n; ++v)
        if (children[v].empty()) cin >> payoff[v];
    cout << search(1, true, INT_MIN, INT_MAX) << "\n";
}
