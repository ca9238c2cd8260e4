#include <bits/stdc++.h>
using namespace std;

// Compare letter counts pairwise: a word starts a new class unless an earlier word has its counts.
int main() {
    int n;
    cin >> n;
    vector<array<int, 26>> counts(n);
    int classes = 0;
    for (int i = 0; i < n; ++i) {
        string w;
        cin >> w;
        counts[i].fill(0);
        for (char c : w) counts[i][c - 'a']++;
        bool fresh = true;
        for (int j = 0; j < i && fresh; ++j) fresh = counts[j] != counts[i];
        classes += fresh;
    }
    cout << classes << "\n";
}
