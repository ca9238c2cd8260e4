#include <bits/stdc++.h>
using namespace std;

// Canonical parenthesis strings (children's strings sorted), collected in a set.
vector<vector<int>> children;
set<string> shapes;

string code(int u) {
    vector<string> parts;
    for (int v : children[u]) parts.push_back(code(v));
    sort(parts.begin(), parts.end());
    string result = "(";
    for (auto& part : parts) result += part;
    result += ")";
    shapes.insert(result);
    return result;
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
    code(1);
    cout << shapes.size() << "\n";
}
