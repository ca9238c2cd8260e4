#include <bits/stdc++.h>
using namespace std;

// Read the expression backwards: the last token is the root; its right operand ends just before it.
vector<string> tokens;
int pos;

long long evaluate() {
    string t = tokens[pos--];
    if (isdigit(t[0])) return stoll(t);
    long long right = evaluate();
    long long left = evaluate();
    return t == "+" ? left + right : t == "-" ? left - right : left * right;
}

int main() {
    int count;
    cin >> count;
    tokens.resize(count);
    for (auto &t : tokens) cin >> t;
    pos = count - 1;
    cout << evaluate() << "\n";
}
