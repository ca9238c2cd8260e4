#include <bits/stdc++.h>
using namespace std;

vector<vector<int>> children;

string code(int u) {
    vector<string> parts;
    for (int v : children[u]) parts.push_back(code(v));
    sort(parts.begin(), parts.end());
    string result = "(";
    for (auto& part : parts) result += part;
    return result + ")";
}

int main() {
    int n;
    cin >> n;
    children.resize(n + 1);
    for (int v = 2; v <= n; ++v) {
        int p;
        cin >> p;
        children[p].push_back(v);
    }
    cout << code(1) << "\n";
}
