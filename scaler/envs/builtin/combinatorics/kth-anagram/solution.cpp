#include <bits/stdc++.h>
using namespace std;

// Count the continuations of each candidate letter with multinomials built as a product of binomials.
using u64 = unsigned long long;

u64 arrangements(const array<int, 26> &counts) {
    u64 total = 1;
    int placed = 0;
    for (int c : counts)
        for (int i = 1; i <= c; ++i) total = total * ++placed / i;  // times C(placed + c, c)
    return total;
}

int main() {
    string word;
    u64 k;
    cin >> word >> k;
    array<int, 26> counts{};
    for (char c : word) ++counts[c - 'a'];
    string out;
    for (size_t pos = 0; pos < word.size(); ++pos) {
        for (int letter = 0; letter < 26; ++letter) {
            if (!counts[letter]) continue;
            --counts[letter];
            u64 block = arrangements(counts);
            if (k <= block) {
                out += char('a' + letter);
                break;
            }
            k -= block;
            ++counts[letter];
        }
    }
    cout << out << "\n";
}
