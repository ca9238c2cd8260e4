#include <bits/stdc++.h>
using namespace std;

int main() {
    string s;
    cin >> s;
    int n = s.size();
    for (int p = 1; p <= n; ++p) {
        bool ok = true;
        for (int i = 0; i + p < n && ok; ++i) ok = s[i] == s[i + p];
        if (ok) {
            cout << p << "\n";
            return 0;
        }
    }
}
