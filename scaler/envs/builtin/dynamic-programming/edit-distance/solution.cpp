
#include <bits/stdc++.h>
using namespace std;

// 0-1 BFS over the (i, j) alignment grid: a matching diagonal step is free, every other step costs 1.
int main() {
    string a, b;
    cin >> a >> b;
    int n = a.size(), m = b.size(), width = m + 1;
    vector<int> dist((n + 1) * width, INT_MAX);
    deque<int> queue;
    dist[0] = 0;
    queue.push_back(0);
    while (!queue.empty()) {
        int cell = queue.front();
        queue.pop_front();
        int i = cell / width, j = cell % width, d = dist[cell];
        auto relax = [&](int ni, int nj, int cost) {
            int next = ni * width + nj;
            if (d + cost < dist[next]) {
                dist[next] = d + cost;
                if (cost == 0) queue.push_front(next); else queue.push_back(next);
            }
        };
        if (i < n) relax(i + 1, j, 1);
        if (j < m) relax(i, j + 1, 1);
        if (i < n && j < m) relax(i + 1, j + 1, a[i] == b[j] ? 0 : 1);
    }
    cout << dist[n * width + m] << "\n";
}
