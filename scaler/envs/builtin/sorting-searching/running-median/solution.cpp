#include <bits/stdc++.h>
using namespace std;

// Keep a sorted vector by insertion; the median is at index (k - 1) / 2.
int main() {
    int n;
    cin >> n;
    vector<int> sorted_so_far;
    for (int k = 1; k <= n; ++k) {
        int x;
        cin >> x;
        sorted_so_far.insert(upper_bound(sorted_so_far.begin(), sorted_so_far.end(), x), x);
        cout << sorted_so_far[(k - 1) / 2] << (k < n ? ' ' : '\n');
    }
}
