#include <bits/stdc++.h>
using namespace std;

// Add the titles digit by digit as bijective base-26 numbers (digits 1..26, carry when above 26).
int main() {
    int n;
    cin >> n;
    vector<long long> sum;  // least significant digit first; digits may exceed 26 until normalised
    for (int i = 0; i < n; ++i) {
        string t;
        cin >> t;
        reverse(t.begin(), t.end());
        if (sum.size() < t.size()) sum.resize(t.size(), 0);
        for (size_t k = 0; k < t.size(); ++k) sum[k] += t[k] - 'A' + 1;
    }
    for (size_t k = 0; k < sum.size(); ++k) {
        long long carry = sum[k] > 26 ? (sum[k] - 1) / 26 : 0;
        sum[k] -= carry * 26;
        if (carry) {
            if (k + 1 == sum.size()) sum.push_back(0);
            sum[k + 1] += carry;
        }
    }
    string out;
    for (auto it = sum.rbegin(); it != sum.rend(); ++it) out += char('A' + *it - 1);
    cout << out << "\n";
}
