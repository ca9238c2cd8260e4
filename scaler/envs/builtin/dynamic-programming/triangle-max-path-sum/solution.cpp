#include <bits/stdc++.h>
using namespace std;

// Top-down: best[j] is the largest sum of a path from the top to position j of the current row.
int main() {
    int n;
    cin >> n;
    vector<long long> best;
    for (int i = 1; i <= n; ++i) {
        vector<long long> next(i);
        for (int j = 0; j < i; ++j) {
            long long x;
            cin >> x;
            long long from = LLONG_MIN;
            if (j < i - 1) from = max(from, best[j]);
            if (j > 0) from = max(from, best[j - 1]);
            next[j] = x + (i == 1 ? 0 : from);
        }
        best = next;
    }
    cout << *max_element(best.begin(), best.end()) << "\n";
}
