#include <bits/stdc++.h>
using namespace std;

// Scan jobs by deadline, keeping the chosen profits in a min-heap no larger than the deadline.
int main() {
    int n;
    cin >> n;
    vector<pair<int, int>> jobs(n);
    for (auto& [d, p] : jobs) cin >> d >> p;
    sort(jobs.begin(), jobs.end());
    priority_queue<int, vector<int>, greater<int>> chosen;
    for (auto [d, p] : jobs) {
        chosen.push(p);
        if ((int)chosen.size() > d) chosen.pop();
    }
    long long total = 0;
    for (; !chosen.empty(); chosen.pop()) total += chosen.top();
    cout << total << "\n";
}
