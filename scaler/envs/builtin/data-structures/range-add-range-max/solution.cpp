#include <bits/stdc++.h>
using namespace std;

// Apply every addition element by element and scan every queried range.
int main() {
    int n, q;
    cin >> n >> q;
    vector<long long> a(n + 1);
    for (int i = 1; i <= n; ++i) cin >> a[i];
    vector<long long> answers;
    for (int k = 0; k < q; ++k) {
        int kind, l, r;
        cin >> kind >> l >> r;
        if (kind == 1) {
            long long x;
            cin >> x;
            for (int i = l; i <= r; ++i) a[i] += x;
        } else {
            answers.push_back(*max_element(a.begin() + l, a.begin() + r + 1));
        }
    }
    for (size_t i = 0; i < answers.size(); ++i) cout << answers[i] << (i + 1 < answers.size() ? ' ' : '\n');
}
