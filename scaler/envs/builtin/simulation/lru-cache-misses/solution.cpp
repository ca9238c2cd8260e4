#include <bits/stdc++.h>
using namespace std;

// Remember when each cached page was last requested; evict the page with the oldest time.
int main() {
    int k, m;
    cin >> k >> m;
    map<int, int> last_used;  // page -> index of its latest request
    int misses = 0;
    for (int t = 0; t < m; ++t) {
        int page;
        cin >> page;
        if (!last_used.count(page)) {
            ++misses;
            if ((int)last_used.size() == k) {
                auto oldest = min_element(last_used.begin(), last_used.end(),
                                          [](auto& x, auto& y) { return x.second < y.second; });
                last_used.erase(oldest);
            }
        }
        last_used[page] = t;
    }
    cout << misses << "\n";
}
