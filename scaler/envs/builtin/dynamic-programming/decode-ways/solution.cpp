#include <bits/stdc++.h>
using namespace std;

string s;
vector<long long> memo;

// Decodings of the suffix starting at i: take a one- or two-digit code from the front.
long long count_from(size_t i) {
    if (i == s.size()) return 1;
    if (memo[i] >= 0) return memo[i];
    long long total = 0;
    if (s[i] != '0') {
        total += count_from(i + 1);
        if (i + 1 < s.size() && stoi(s.substr(i, 2)) <= 26) total += count_from(i + 2);
    }
    return memo[i] = total;
}

int main() {
    cin >> s;
    memo.assign(s.size(), -1);
    cout << count_from(0) << "\n";
}
