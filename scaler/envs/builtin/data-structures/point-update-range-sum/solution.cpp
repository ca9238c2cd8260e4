#include <bits/stdc++.h>
using namespace std;

// Update the array in place and sum each range directly.
int main() {
    int n, q;
    cin >> n >> q;
    vector<long long> a(n + 1);
    for (int i = 1; i <= n; ++i) cin >> a[i];
    vector<long long> answers;
    for (int k = 0; k < q; ++k) {
        int kind, u, v;
        cin >> kind >> u >> v;
        if (kind == 1) {
            a[u] += v;
        } else {
            answers.push_back(accumulate(a.begin() + u, a.begin() + v + 1, 0LL));
        }
    }
    for (size_t i = 0; i < answers.size(); ++i) cout << answers[i] << (i + 1 < answers.size() ? ' ' : '\n');
}
