#include <bits/stdc++.h>
using namespace std;

// At each start, scan all unfinished jobs for the best arrived one.
int main() {
    int n;
    cin >> n;
    vector<int> a(n), d(n);
    for (int i = 0; i < n; ++i) cin >> a[i] >> d[i];
    vector<bool> done(n, false);
    long long time = 0, total = 0;
    for (int started = 0; started < n; ++started) {
        int next = -1, earliest = INT_MAX;
        for (int i = 0; i < n; ++i)
            if (!done[i]) earliest = min(earliest, a[i]);
        time = max(time, (long long)earliest);
        for (int i = 0; i < n; ++i)
            if (!done[i] && a[i] <= time &&
                (next == -1 || make_tuple(d[i], a[i], i) < make_tuple(d[next], a[next], next)))
                next = i;
        done[next] = true;
        total += time - a[next];
        time += d[next];
    }
    cout << total << "\n";
}
