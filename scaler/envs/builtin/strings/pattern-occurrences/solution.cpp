#include <bits/stdc++.h>
using namespace std;

int main() {
    string t, p;
    cin >> t >> p;
    vector<int> found;
    for (size_t i = 0; i + p.size() <= t.size(); ++i)
        if (t.compare(i, p.size(), p) == 0) found.push_back(i + 1);
    for (size_t k = 0; k < found.size(); ++k) cout << found[k] << (k + 1 < found.size() ? ' ' : '\n');
}
