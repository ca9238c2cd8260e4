#include <bits/stdc++.h>
using namespace std;

// Recursive descent over list = '[' [element {',' element}] ']'.
string s;
size_t pos = 0;

long long parse_list(int depth) {
    long long total = 0;
    ++pos;  // '['
    while (s[pos] != ']') {
        if (s[pos] == ',') ++pos;
        else if (s[pos] == '[') total += parse_list(depth + 1);
        else {
            size_t used;
            total += stoll(s.substr(pos), &used) * depth;
            pos += used;
        }
    }
    ++pos;  // ']'
    return total;
}

int main() {
    cin >> s;
    cout << parse_list(1) << "\n";
}
