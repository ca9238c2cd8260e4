#include <bits/stdc++.h>
using namespace std;

// One string and a cursor index.
int main() {
    string keys, text;
    cin >> keys;
    size_t cursor = 0;
    for (char key : keys) {
        if (key == '<') {
            if (cursor > 0) --cursor;
        } else if (key == '>') {
            if (cursor < text.size()) ++cursor;
        } else if (key == '-') {
            if (cursor > 0) text.erase(--cursor, 1);
        } else {
            text.insert(text.begin() + cursor++, key);
        }
    }
    cout << text << "\n";
}
