#include <bits/stdc++.h>
using namespace std;

// Every triple; a zero dot product at some vertex (with a non-zero cross product) is a right angle.
int main() {
    int n;
    cin >> n;
    vector<long long> x(n), y(n);
    for (int i = 0; i < n; ++i) cin >> x[i] >> y[i];
    auto right = [&](int a, int b, int c) {  // right angle at a
        return (x[b] - x[a]) * (x[c] - x[a]) + (y[b] - y[a]) * (y[c] - y[a]) == 0;
    };
    long long count = 0;
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            for (int k = j + 1; k < n; ++k) {
                long long cross = (x[j] - x[i]) * (y[k] - y[i]) - (y[j] - y[i]) * (x[k] - x[i]);
                count += cross != 0 && (right(i, j, k) || right(j, i, k) || right(k, i, j));
            }
    cout << count << "\n";
}
