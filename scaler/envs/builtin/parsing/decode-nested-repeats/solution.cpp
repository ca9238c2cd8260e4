#include <bits/stdc++.h>
using namespace std;

// Recursive descent: sequence = { letter | number '[' sequence ']' }.
string s;
size_t pos = 0;

string sequence() {
    string out;
    while (pos < s.size() && s[pos] != ']') {
        if (isdigit(s[pos])) {
            int k = 0;
            while (isdigit(s[pos])) k = k * 10 + (s[pos++] - '0');
            ++pos;  // '['
            string body = sequence();
            ++pos;  // ']'
            while (k--) out += body;
        } else {
            out += s[pos++];
        }
    }
    return out;
}

int main() {
    cin >> s;
    cout << sequence() << "\n";
}
