#include <bits/stdc++.h>
using namespace std;

// Play the recursive solution move by move, stopping after k moves.
int n;
long long moves_left;
vector<int> peg;

void solve(int h, int from, int to, int via) {
    if (h == 0 || moves_left == 0) return;
    solve(h - 1, from, via, to);
    if (moves_left == 0) return;
    peg[h] = to;
    --moves_left;
    solve(h - 1, via, to, from);
}

int main() {
    cin >> n >> moves_left;
    peg.assign(n + 1, 1);
    solve(n, 1, 3, 2);
    for (int d = 1; d <= n; ++d) cout << peg[d] << (d < n ? ' ' : '\n');
}
