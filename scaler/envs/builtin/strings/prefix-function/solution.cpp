#include <bits/stdc++.h>
using namespace std;

// For each prefix, try every border length from the longest proper one down.
int main() {
    string s;
    cin >> s;
    int n = s.size();
    for (int i = 1; i <= n; ++i) {
        int best = 0;
        for (int k = i - 1; k > 0 && !best; --k)
            if (s.compare(0, k, s, i - k, k) == 0) best = k;
        cout << best << (i < n ? ' ' : '\n');
    }
}
