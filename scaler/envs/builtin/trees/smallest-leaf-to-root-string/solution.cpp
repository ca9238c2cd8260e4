#include <bits/stdc++.h>
using namespace std;

// Depth-first search from the root keeps the root-to-vertex path; at a leaf, reverse it and compare.
int n;
string letters, best, path;
vector<vector<int>> children;
bool found = false;

void visit(int v) {
    path += letters[v - 1];
    if (children[v].empty()) {
        string word(path.rbegin(), path.rend());
        if (!found || word < best) best = word, found = true;
    }
    for (int c : children[v]) visit(c);
    path.pop_back();
}

int main() {
    cin >> n >> letters;
    children.resize(n + 1);
    for (int v = 2; v <= n; ++v) {
        int p;
        cin >> p;
        children[p].push_back(v);
    }
    visit(1);
    cout << best << "\n";
}
