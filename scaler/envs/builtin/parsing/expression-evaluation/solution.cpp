#include <bits/stdc++.h>
using namespace std;

// Recursive descent: expression = term {(+|-) term}, term = factor {* factor},
// factor = number | ( expression ).
string s;
size_t pos = 0;
long long expression();

long long factor() {
    if (s[pos] == '(') {
        ++pos;
        long long v = expression();
        ++pos;  // ')'
        return v;
    }
    long long v = 0;
    while (pos < s.size() && isdigit(s[pos])) v = v * 10 + (s[pos++] - '0');
    return v;
}

long long term() {
    long long v = factor();
    while (pos < s.size() && s[pos] == '*') ++pos, v *= factor();
    return v;
}

long long expression() {
    long long v = term();
    while (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        char op = s[pos++];
        long long t = term();
        v = op == '+' ? v + t : v - t;
    }
    return v;
}

int main() {
    cin >> s;
    cout << expression() << "\n";
}
