#include <bits/stdc++.h>
using namespace std;

// Meet in the middle: list the subset sums of each half, then count matching pairs.
vector<int> subset_sums(const vector<int>& v) {
    vector<int> sums{0};
    for (int x : v) {
        size_t k = sums.size();
        for (size_t i = 0; i < k; ++i) sums.push_back(sums[i] + x);
    }
    sort(sums.begin(), sums.end());
    return sums;
}

int main() {
    int n;
    cin >> n;
    vector<int> a(n);
    for (int& x : a) cin >> x;
    int half = accumulate(a.begin(), a.end(), 0) / 2;
    vector<int> left = subset_sums(vector<int>(a.begin(), a.begin() + n / 2));
    vector<int> right = subset_sums(vector<int>(a.begin() + n / 2, a.end()));
    long long count = 0;
    for (int s : left) {
        auto range = equal_range(right.begin(), right.end(), half - s);
        count += range.second - range.first;
    }
    cout << count << "\n";
}
