#include <bits/stdc++.h>
using namespace std;

// best[j]: fewest jumps to reach cell j, relaxed forward from every cell.
int main() {
    int n;
    cin >> n;
    vector<int> a(n), best(n, INT_MAX);
    for (int& x : a) cin >> x;
    best[0] = 0;
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j <= min(n - 1, i + a[i]); ++j) best[j] = min(best[j], best[i] + 1);
    cout << best[n - 1] << "\n";
}
