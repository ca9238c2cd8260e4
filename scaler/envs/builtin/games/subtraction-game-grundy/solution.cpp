#include <bits/stdc++.h>
using namespace std;

// Memoised recursion on the pile size.
vector<int> moves, memo(1001, -1);

int grundy(int x) {
    if (memo[x] >= 0) return memo[x];
    vector<bool> seen(moves.size() + 2, false);
    for (int s : moves)
        if (s <= x) seen[grundy(x - s)] = true;
    int g = 0;
    while (seen[g]) ++g;
    return memo[x] = g;
}

int main() {
    int k, q;
    cin >> k;
    moves.resize(k);
    for (int &s : moves) cin >> s;
    cin >> q;
    for (int x = 0; x <= 1000; ++x) grundy(x);  // bottom-up warm-up keeps the recursion shallow
    for (int i = 0; i < q; ++i) {
        int x;
        cin >> x;
        cout << grundy(x) << (i + 1 < q ? ' ' : '\n');
    }
}
