#include <bits/stdc++.h>
using namespace std;

// Number v is pushed just before the first output position that needs a number >= v, and popped at
// its own output position: list the events in order of position.
int main() {
    int n;
    cin >> n;
    vector<int> target(n);
    for (int& x : target) cin >> x;
    string operations;
    int pushed = 0;
    for (int i = 0; i < n; ++i) {
        operations += string(max(0, target[i] - pushed), 'P');
        pushed = max(pushed, target[i]);
        operations += 'O';
    }
    cout << operations << "\n";
}
