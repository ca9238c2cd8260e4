
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<int> a(n), best(n, 1);
    for (int& x : a) cin >> x;
    int answer = 0;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < i; ++j)
            if (a[j] < a[i]) best[i] = max(best[i], best[j] + 1);
        answer = max(answer, best[i]);
    }
    cout << answer << "\n";
}
