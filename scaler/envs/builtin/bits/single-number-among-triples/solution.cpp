#include <bits/stdc++.h>
using namespace std;

// Count occurrences and report the value seen once.
int main() {
    int n;
    cin >> n;
    map<int, int> count;
    for (int i = 0; i < n; ++i) {
        int x;
        cin >> x;
        ++count[x];
    }
    for (auto [value, c] : count)
        if (c == 1) cout << value << "\n";
}
