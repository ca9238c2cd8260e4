#include <bits/stdc++.h>
using namespace std;

// Count the trains present at every minute of the day.
int main() {
    int n;
    cin >> n;
    vector<int> present(1440, 0);
    for (int k = 0; k < n; ++k) {
        int a, d;
        cin >> a >> d;
        for (int t = a; t <= d; ++t) present[t]++;
    }
    cout << *max_element(present.begin(), present.end()) << "\n";
}
