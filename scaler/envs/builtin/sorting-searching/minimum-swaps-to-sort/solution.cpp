#include <bits/stdc++.h>
using namespace std;

// Swap each misplaced value straight to its home until position i holds i; count the swaps.
int main() {
    int n;
    cin >> n;
    vector<int> p(n + 1);
    for (int i = 1; i <= n; ++i) cin >> p[i];
    int swaps = 0;
    for (int i = 1; i <= n; ++i)
        while (p[i] != i) {
            swap(p[i], p[p[i]]);
            ++swaps;
        }
    cout << swaps << "\n";
}
