#include <bits/stdc++.h>
using namespace std;

// Scan characters, cutting the output string back to its last '/' on "..".
int main() {
    string path, out;
    cin >> path;
    path += '/';
    string part;
    for (char c : path) {
        if (c != '/') {
            part += c;
            continue;
        }
        if (part == "..") {
            size_t cut = out.rfind('/');
            out = cut == string::npos ? "" : out.substr(0, cut);
        } else if (!part.empty() && part != ".") {
            out += "/" + part;
        }
        part.clear();
    }
    cout << (out.empty() ? "/" : out) << "\n";
}
