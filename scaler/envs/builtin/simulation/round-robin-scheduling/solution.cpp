#include <bits/stdc++.h>
using namespace std;

// Tick by tick: each time unit the running process uses one unit; queue decisions happen at the
// ticks where the CPU becomes free.
int main() {
    int n, q;
    cin >> n >> q;
    vector<int> a(n), left(n), done(n, 0);
    for (int i = 0; i < n; ++i) cin >> a[i] >> left[i];
    deque<int> ready;
    int next = 0, running = -1, used = 0, finished = 0;
    for (int t = 0; finished < n; ++t) {
        int back = -1;
        if (running >= 0 && (left[running] == 0 || used == q)) {
            if (left[running] == 0) done[running] = t, ++finished;
            else back = running;
            running = -1;
        }
        if (finished == n) break;
        while (next < n && a[next] <= t) ready.push_back(next++);
        if (back >= 0) ready.push_back(back);
        if (running < 0 && !ready.empty()) running = ready.front(), ready.pop_front(), used = 0;
        if (running >= 0) --left[running], ++used;
    }
    for (int i = 0; i < n; ++i) cout << done[i] << (i + 1 < n ? ' ' : '\n');
}
