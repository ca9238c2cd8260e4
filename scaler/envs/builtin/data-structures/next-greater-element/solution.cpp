
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<int> a(n);
    for (int& x : a) cin >> x;
    for (int i = 0; i < n; ++i) {
        int answer = -1;
        for (int j = i + 1; j < n; ++j)
            if (a[j] > a[i]) {
                answer = a[j];
                break;
            }
        cout << answer << (i + 1 < n ? ' ' : '\n');
    }
}
