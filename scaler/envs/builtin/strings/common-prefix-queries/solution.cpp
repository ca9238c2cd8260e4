#include <bits/stdc++.h>
using namespace std;

// Compare the two suffixes character by character for each query.
int main() {
    string s;
    int q;
    cin >> s >> q;
    int n = s.size();
    for (int k = 0; k < q; ++k) {
        int i, j;
        cin >> i >> j;
        --i, --j;
        int len = 0;
        while (i + len < n && j + len < n && s[i + len] == s[j + len]) ++len;
        cout << len << (k + 1 < q ? ' ' : '\n');
    }
}
