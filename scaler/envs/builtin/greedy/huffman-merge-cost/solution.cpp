#include <bits/stdc++.h>
using namespace std;

// Two-queue Huffman: sorted leaves in one queue; merged piles are created in non-decreasing order.
int main() {
    int n;
    cin >> n;
    vector<long long> w(n);
    for (auto& x : w) cin >> x;
    sort(w.begin(), w.end());
    deque<long long> leaves(w.begin(), w.end()), merged;
    auto take = [&]() {
        deque<long long>& from = merged.empty() || (!leaves.empty() && leaves.front() <= merged.front()) ? leaves : merged;
        long long x = from.front();
        from.pop_front();
        return x;
    };
    long long cost = 0;
    for (int step = 1; step < n; ++step) {
        long long x = take(), y = take();
        cost += x + y;
        merged.push_back(x + y);
    }
    cout << cost << "\n";
}
