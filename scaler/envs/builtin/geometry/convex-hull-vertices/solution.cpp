#include <bits/stdc++.h>
using namespace std;

// Jarvis march: from the current corner, the next corner has every other point on its left
// (collinear candidates: the farthest one).
int main() {
    int n;
    cin >> n;
    vector<long long> x(n), y(n);
    for (int i = 0; i < n; ++i) cin >> x[i] >> y[i];
    int start = 0;
    for (int i = 1; i < n; ++i)
        if (make_pair(x[i], y[i]) < make_pair(x[start], y[start])) start = i;
    vector<int> hull;
    int current = start;
    do {
        hull.push_back(current);
        int next = current == 0 ? 1 : 0;
        for (int i = 0; i < n; ++i) {
            if (i == current) continue;
            long long c = (x[next] - x[current]) * (y[i] - y[current]) - (y[next] - y[current]) * (x[i] - x[current]);
            long long dn = (x[next] - x[current]) * (x[next] - x[current]) + (y[next] - y[current]) * (y[next] - y[current]);
            long long di = (x[i] - x[current]) * (x[i] - x[current]) + (y[i] - y[current]) * (y[i] - y[current]);
            if (c < 0 || (c == 0 && di > dn)) next = i;  // i is to the right of current -> next, or farther
        }
        current = next;
    } while (current != start);
    for (size_t i = 0; i < hull.size(); ++i) cout << hull[i] + 1 << (i + 1 < hull.size() ? ' ' : '\n');
}
