#include <bits/stdc++.h>
using namespace std;

// Follow each card's position (0 = top) through the operations instead of moving the deck.
int main() {
    int n, m;
    cin >> n >> m;
    vector<pair<string, int>> ops(m);
    for (auto& [kind, x] : ops) {
        cin >> kind;
        if (kind == "cut") cin >> x;
    }
    int half = (n + 1) / 2;
    vector<int> deck(n);
    for (int card = 1; card <= n; ++card) {
        int pos = card - 1;
        for (auto& [kind, x] : ops) {
            if (kind == "cut") pos = (pos - x + n) % n;
            else if (kind == "reverse") pos = n - 1 - pos;
            else pos = pos < half ? 2 * pos : 2 * (pos - half) + 1;
        }
        deck[pos] = card;
    }
    for (int i = 0; i < n; ++i) cout << deck[i] << (i + 1 < n ? ' ' : '\n');
}
