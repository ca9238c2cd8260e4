#include <bits/stdc++.h>
using namespace std;

// Dijkstra over states (city, flights used), never using more than k + 1 flights.
int main() {
    int n, m, k;
    cin >> n >> m >> k;
    vector<vector<pair<int, int>>> outgoing(n + 1);
    for (int i = 0; i < m; ++i) {
        int u, v, p;
        cin >> u >> v >> p;
        outgoing[u].push_back({v, p});
    }
    vector<vector<bool>> done(n + 1, vector<bool>(k + 2, false));
    priority_queue<tuple<int, int, int>, vector<tuple<int, int, int>>, greater<>> heap;
    heap.push({0, 1, 0});
    while (!heap.empty()) {
        auto [price, u, used] = heap.top();
        heap.pop();
        if (u == n) {
            cout << price << "\n";
            return 0;
        }
        if (done[u][used]) continue;
        done[u][used] = true;
        if (used == k + 1) continue;
        for (auto [v, p] : outgoing[u]) heap.push({price + p, v, used + 1});
    }
    cout << -1 << "\n";
}
