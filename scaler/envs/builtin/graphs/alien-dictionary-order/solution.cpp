#include <bits/stdc++.h>
using namespace std;

// Constraints from every pair of words (not only neighbours); repeatedly place the smallest letter
// that no unplaced letter must precede.
int main() {
    int n;
    cin >> n;
    vector<string> words(n);
    for (auto& w : words) cin >> w;
    bool before[26][26] = {}, present[26] = {};
    for (auto& w : words)
        for (char c : w) present[c - 'a'] = true;
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            for (size_t k = 0; k < min(words[i].size(), words[j].size()); ++k)
                if (words[i][k] != words[j][k]) {
                    before[words[i][k] - 'a'][words[j][k] - 'a'] = true;
                    break;
                }
    string order;
    vector<bool> placed(26, false);
    int total = count(present, present + 26, true);
    while ((int)order.size() < total)
        for (int c = 0; c < 26; ++c) {
            if (!present[c] || placed[c]) continue;
            bool free = true;
            for (int d = 0; d < 26; ++d) free = free && !(present[d] && !placed[d] && before[d][c]);
            if (free) {
                placed[c] = true, order += char('a' + c);
                break;
            }
        }
    cout << order << "\n";
}
