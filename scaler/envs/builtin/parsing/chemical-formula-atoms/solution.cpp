#include <bits/stdc++.h>
using namespace std;

// Recursive descent: formula = { (element | '(' formula ')') [count] }.
string s;
size_t pos = 0;

int count_here() {
    int k = 0;
    while (pos < s.size() && isdigit(s[pos])) k = k * 10 + (s[pos++] - '0');
    return k ? k : 1;
}

map<string, long long> formula() {
    map<string, long long> atoms;
    while (pos < s.size() && s[pos] != ')') {
        if (s[pos] == '(') {
            ++pos;
            auto inner = formula();
            ++pos;  // ')'
            int k = count_here();
            for (auto &[e, c] : inner) atoms[e] += c * k;
        } else {
            string e(1, s[pos++]);
            if (pos < s.size() && islower(s[pos])) e += s[pos++];
            atoms[e] += count_here();
        }
    }
    return atoms;
}

int main() {
    cin >> s;
    for (auto &[e, c] : formula()) {
        cout << e;
        if (c > 1) cout << c;
    }
    cout << "\n";
}
