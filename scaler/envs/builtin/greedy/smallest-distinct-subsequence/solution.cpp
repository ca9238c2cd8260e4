#include <bits/stdc++.h>
using namespace std;

// Pick letters one at a time: the smallest letter whose first remaining occurrence still leaves
// every other needed letter somewhere after it.
int main() {
    string s;
    cin >> s;
    set<char> needed(s.begin(), s.end());
    string out;
    size_t from = 0;
    while (!needed.empty()) {
        for (char c : needed) {
            size_t at = s.find(c, from);
            bool ok = true;
            for (char other : needed)
                if (other != c && s.find(other, at + 1) == string::npos) ok = false;
            if (ok) {
                out += c;
                needed.erase(c);
                from = at + 1;
                break;
            }
        }
    }
    cout << out << "\n";
}
