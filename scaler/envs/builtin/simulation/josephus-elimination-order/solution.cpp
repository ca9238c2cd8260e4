#include <bits/stdc++.h>
using namespace std;

// A queue as the circle: pass k - 1 people from the front to the back, then remove the front one.
int main() {
    int n, k;
    cin >> n >> k;
    deque<int> circle;
    for (int i = 1; i <= n; ++i) circle.push_back(i);
    vector<int> order;
    while (!circle.empty()) {
        for (int s = 0; s < (k - 1) % (int)circle.size(); ++s) {
            circle.push_back(circle.front());
            circle.pop_front();
        }
        order.push_back(circle.front());
        circle.pop_front();
    }
    for (int i = 0; i < n; ++i) cout << order[i] << (i + 1 < n ? ' ' : '\n');
}
