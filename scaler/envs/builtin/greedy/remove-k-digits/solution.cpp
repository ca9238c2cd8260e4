#include <bits/stdc++.h>
using namespace std;

// Choose the kept digits one by one: each is the leftmost smallest digit in the window that still
// leaves enough digits to finish.
int main() {
    string s;
    int k;
    cin >> s >> k;
    int n = s.size(), keep = n - k, from = 0;
    string out;
    for (int placed = 0; placed < keep; ++placed) {
        int last = n - (keep - placed);  // the latest position this digit may come from
        int pick = from;
        for (int i = from; i <= last; ++i)
            if (s[i] < s[pick]) pick = i;
        out += s[pick];
        from = pick + 1;
    }
    size_t nz = out.find_first_not_of('0');
    cout << (nz == string::npos ? "0" : out.substr(nz)) << "\n";
}
