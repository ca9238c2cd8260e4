#include <bits/stdc++.h>
using namespace std;

// The known pattern of single-pile values: 4k+1 -> 4k+1, 4k+2 -> 4k+2, 4k+3 -> 4k+4, 4k+4 -> 4k+3.
int grundy(int x) {
    int r = x % 4;
    return r == 3 ? x + 1 : r == 0 ? x - 1 : x;
}

int main() {
    int n, total = 0;
    cin >> n;
    for (int i = 0; i < n; ++i) {
        int x;
        cin >> x;
        total ^= grundy(x);
    }
    cout << total << "\n";
}
