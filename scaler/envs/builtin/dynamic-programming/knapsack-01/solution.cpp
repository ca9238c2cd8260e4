
#include <bits/stdc++.h>
using namespace std;

// DP over values: lightest[v] is the smallest total weight reaching total value exactly v.
int main() {
    int n;
    long long capacity;
    cin >> n >> capacity;
    vector<int> w(n), v(n);
    int total = 0;
    for (int i = 0; i < n; ++i) {
        cin >> w[i] >> v[i];
        total += v[i];
    }
    const long long INF = LLONG_MAX / 4;
    vector<long long> lightest(total + 1, INF);
    lightest[0] = 0;
    for (int i = 0; i < n; ++i)
        for (int value = total; value >= v[i]; --value)
            lightest[value] = min(lightest[value], lightest[value - v[i]] + w[i]);
    int answer = 0;
    for (int value = 0; value <= total; ++value)
        if (lightest[value] <= capacity) answer = value;
    cout << answer << "\n";
}
