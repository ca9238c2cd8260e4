#include <bits/stdc++.h>
using namespace std;

// Unbounded knapsack over piece lengths: capacity n, item i has weight i and value p_i.
int main() {
    int n;
    cin >> n;
    vector<long long> p(n + 1), best(n + 1, LLONG_MIN);
    for (int i = 1; i <= n; ++i) cin >> p[i];
    best[0] = 0;
    for (int i = 1; i <= n; ++i)
        for (int x = i; x <= n; ++x)
            if (best[x - i] != LLONG_MIN) best[x] = max(best[x], best[x - i] + p[i]);
    cout << best[n] << "\n";
}
