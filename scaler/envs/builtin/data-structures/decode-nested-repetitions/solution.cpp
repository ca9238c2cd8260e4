#include <bits/stdc++.h>
using namespace std;

// Recursive descent: an encoding ends at ']' or at the end of the input.
string s;
size_t pos = 0;

string encoding() {
    string out;
    while (pos < s.size() && s[pos] != ']') {
        if (isdigit(s[pos])) {
            int k = s[pos] - '0';
            pos += 2;  // the digit and '['
            string inner = encoding();
            ++pos;  // ']'
            for (int i = 0; i < k; ++i) out += inner;
        } else {
            out += s[pos++];
        }
    }
    return out;
}

int main() {
    cin >> s;
    cout << encoding() << "\n";
}
