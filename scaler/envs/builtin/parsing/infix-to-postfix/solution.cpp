#include <bits/stdc++.h>
using namespace std;

// Recursive descent with one function per precedence level, emitting postfix as it returns.
string s, out;
size_t pos = 0;
void sum();

void atom() {
    if (s[pos] == '(') {
        ++pos;
        sum();
        ++pos;  // ')'
    } else {
        out += s[pos++];
    }
}

void power() {  // right-associative: atom [^ power]
    atom();
    if (pos < s.size() && s[pos] == '^') {
        ++pos;
        power();
        out += '^';
    }
}

void product() {
    power();
    while (pos < s.size() && (s[pos] == '*' || s[pos] == '/')) {
        char op = s[pos++];
        power();
        out += op;
    }
}

void sum() {
    product();
    while (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        char op = s[pos++];
        product();
        out += op;
    }
}

int main() {
    cin >> s;
    sum();
    cout << out << "\n";
}
