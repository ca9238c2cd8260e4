#include <bits/stdc++.h>
using namespace std;

// reach[k]: the farthest position reachable with exactly k stops among the stations seen so far.
int main() {
    long long goal, fuel;
    int n;
    cin >> goal >> fuel >> n;
    vector<long long> reach(n + 1, -1);
    reach[0] = fuel;
    for (int i = 0; i < n; ++i) {
        long long x, g;
        cin >> x >> g;
        for (int k = i; k >= 0; --k)
            if (reach[k] >= x) reach[k + 1] = max(reach[k + 1], reach[k] + g);
    }
    for (int k = 0; k <= n; ++k)
        if (reach[k] >= goal) {
            cout << k << "\n";
            return 0;
        }
    cout << -1 << "\n";
}
