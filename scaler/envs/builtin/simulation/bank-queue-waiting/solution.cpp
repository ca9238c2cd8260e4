#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    cin >> n >> k;
    vector<long long> free_at(k, 0);
    long long waited = 0;
    for (int i = 0; i < n; ++i) {
        long long a, s;
        cin >> a >> s;
        int t = min_element(free_at.begin(), free_at.end()) - free_at.begin();
        long long start = max(a, free_at[t]);
        waited += start - a;
        free_at[t] = start + s;
    }
    cout << waited << "\n";
}
