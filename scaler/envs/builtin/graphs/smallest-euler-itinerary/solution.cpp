#include <bits/stdc++.h>
using namespace std;

// Fleury-style: take the smallest ticket after which every remaining ticket is still reachable.
int m;
vector<pair<char, char>> tickets;
vector<bool> used;

bool allReachable(char from) {
    set<char> seen{from};
    for (bool grew = true; grew;) {
        grew = false;
        for (int i = 0; i < m; ++i)
            if (!used[i] && seen.count(tickets[i].first) && !seen.count(tickets[i].second))
                seen.insert(tickets[i].second), grew = true;
    }
    for (int i = 0; i < m; ++i)
        if (!used[i] && !seen.count(tickets[i].first)) return false;
    return true;
}

int main() {
    char at;
    cin >> m >> at;
    tickets.resize(m);
    used.assign(m, false);
    for (auto& [u, v] : tickets) cin >> u >> v;
    string route(1, at);
    for (int step = 0; step < m; ++step) {
        int choice = -1;
        for (int i = 0; i < m; ++i) {
            if (used[i] || tickets[i].first != at) continue;
            if (choice != -1 && tickets[i].second >= tickets[choice].second) continue;
            used[i] = true;
            if (allReachable(tickets[i].second)) choice = i;
            used[i] = false;
        }
        used[choice] = true;
        at = tickets[choice].second;
        route += at;
    }
    cout << route << "\n";
}
