#include <bits/stdc++.h>
using namespace std;

// With a unique smallest sentinel, sorting rotations equals sorting suffixes (a suffix array).
int main() {
    string s;
    cin >> s;
    string t = s + "$";
    int m = t.size();
    vector<int> sa(m);
    iota(sa.begin(), sa.end(), 0);
    sort(sa.begin(), sa.end(), [&](int a, int b) { return t.compare(a, string::npos, t, b, string::npos) < 0; });
    string out;
    for (int i : sa) out += t[(i + m - 1) % m];
    cout << out << "\n";
}
