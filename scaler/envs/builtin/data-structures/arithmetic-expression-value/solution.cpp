#include <bits/stdc++.h>
using namespace std;

// Recursive descent: expression = term {(+|-) term}, term = factor {* factor}, factor = number | (expression).
string s;
size_t pos = 0;

long long expression();

long long factor() {
    if (s[pos] == '(') {
        ++pos;
        long long value = expression();
        ++pos;
        return value;
    }
    long long value = 0;
    while (pos < s.size() && isdigit(s[pos])) value = value * 10 + (s[pos++] - '0');
    return value;
}

long long term() {
    long long value = factor();
    while (pos < s.size() && s[pos] == '*') ++pos, value *= factor();
    return value;
}

long long expression() {
    long long value = term();
    while (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        char op = s[pos++];
        long long right = term();
        value = op == '+' ? value + right : value - right;
    }
    return value;
}

int main() {
    cin >> s;
    cout << expression() << "\n";
}
