#include <bits/stdc++.h>
using namespace std;

// Build the answer as one string: ".." cuts it back to its last '/'.
int main() {
    string path, result, name;
    getline(cin, path);
    path += '/';
    for (char c : path) {
        if (c != '/') {
            name += c;
            continue;
        }
        if (name == "..") {
            if (!result.empty()) result.erase(result.rfind('/'));
        } else if (!name.empty() && name != ".") {
            result += '/' + name;
        }
        name.clear();
    }
    cout << (result.empty() ? "/" : result) << "\n";
}
