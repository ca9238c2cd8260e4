#include <bits/stdc++.h>
using namespace std;

// Every pair of start positions: the common prefix of the two suffixes is a repeated substring.
int main() {
    string s;
    cin >> s;
    int n = s.size();
    string best;
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) {
            int k = 0;
            while (j + k < n && s[i + k] == s[j + k]) ++k;
            string cand = s.substr(i, k);
            if (k > (int)best.size() || (k == (int)best.size() && cand < best)) best = cand;
        }
    cout << best << "\n";
}
