#include <bits/stdc++.h>
using namespace std;

// Lightest first: each person, if still alone, shares with the heaviest remaining partner who fits.
int main() {
    int n, limit;
    cin >> n >> limit;
    multiset<int> waiting;
    for (int k = 0; k < n; ++k) {
        int w;
        cin >> w;
        waiting.insert(w);
    }
    int boats = 0;
    while (!waiting.empty()) {
        int w = *waiting.begin();
        waiting.erase(waiting.begin());
        auto partner = waiting.upper_bound(limit - w);
        if (partner != waiting.begin()) waiting.erase(prev(partner));
        ++boats;
    }
    cout << boats << "\n";
}
