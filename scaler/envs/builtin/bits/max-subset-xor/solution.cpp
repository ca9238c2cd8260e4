#include <bits/stdc++.h>
using namespace std;

// Grow the set of reachable XOR values one number at a time.
int main() {
    int n;
    cin >> n;
    vector<bool> reachable(65536, false);
    reachable[0] = true;
    for (int i = 0; i < n; ++i) {
        int x;
        cin >> x;
        vector<bool> next = reachable;
        for (int v = 0; v < 65536; ++v)
            if (reachable[v]) next[v ^ x] = true;
        reachable = next;
    }
    int best = 0;
    for (int v = 0; v < 65536; ++v)
        if (reachable[v]) best = v;
    cout << best << "\n";
}
