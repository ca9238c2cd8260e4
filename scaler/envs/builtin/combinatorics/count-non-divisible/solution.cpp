#include <bits/stdc++.h>
using namespace std;

// Mark every multiple of every a_i, then count the unmarked numbers.
int main() {
    int n, m;
    cin >> n >> m;
    vector<bool> hit(n + 1, false);
    for (int i = 0; i < m; ++i) {
        int a;
        cin >> a;
        for (int x = a; x <= n; x += a) hit[x] = true;
    }
    cout << count(hit.begin() + 1, hit.end(), false) << "\n";
}
