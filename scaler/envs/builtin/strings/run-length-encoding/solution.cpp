
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s, encoded;
    cin >> s;
    size_t start = 0;
    for (size_t i = 1; i <= s.size(); ++i)
        if (i == s.size() || s[i] != s[start]) {
            encoded += s[start] + to_string(i - start);
            start = i;
        }
    cout << encoded << "\n";
}
