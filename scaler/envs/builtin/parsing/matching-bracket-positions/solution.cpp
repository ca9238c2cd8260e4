#include <bits/stdc++.h>
using namespace std;

// For each opening bracket, scan right with a depth counter until it returns to zero.
int main() {
    int n;
    string s;
    cin >> n >> s;
    int len = s.size();
    vector<int> match(len);
    for (int i = 0; i < len; ++i) {
        if (s[i] != '(' && s[i] != '[' && s[i] != '{') continue;
        int depth = 0;
        for (int j = i; j < len; ++j) {
            depth += (s[j] == '(' || s[j] == '[' || s[j] == '{') ? 1 : -1;
            if (depth == 0) {
                match[i] = j + 1, match[j] = i + 1;
                break;
            }
        }
    }
    for (int i = 0; i < len; ++i) cout << match[i] << (i + 1 < len ? ' ' : '\n');
}
