#include <bits/stdc++.h>
using namespace std;

// Parse by matching the longest known symbol at each point; write the total digit by digit from
// per-place digit tables.
int main() {
    vector<pair<string, int>> symbols = {{"CM", 900}, {"CD", 400}, {"XC", 90}, {"XL", 40}, {"IX", 9},
                                         {"IV", 4},   {"M", 1000}, {"D", 500}, {"C", 100}, {"L", 50},
                                         {"X", 10},   {"V", 5},    {"I", 1}};
    int n, total = 0;
    cin >> n;
    for (int i = 0; i < n; ++i) {
        string s;
        cin >> s;
        for (size_t p = 0; p < s.size();)
            for (auto &[sym, value] : symbols)
                if (s.compare(p, sym.size(), sym) == 0) {
                    total += value, p += sym.size();
                    break;
                }
    }
    const char *ones[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    const char *tens[] = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    const char *hundreds[] = {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"};
    cout << string(total / 1000, 'M') << hundreds[total / 100 % 10] << tens[total / 10 % 10] << ones[total % 10]
         << "\n";
}
