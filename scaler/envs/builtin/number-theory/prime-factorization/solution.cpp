#include <bits/stdc++.h>
using namespace std;

// Collect every prime factor with repetition, then group equal neighbours.
int main() {
    unsigned long long n;
    cin >> n;
    vector<unsigned long long> factors;
    for (unsigned long long p = 2; p * p <= n; ++p)
        while (n % p == 0) factors.push_back(p), n /= p;
    if (n > 1) factors.push_back(n);
    string out;
    for (size_t i = 0; i < factors.size();) {
        size_t j = i;
        while (j < factors.size() && factors[j] == factors[i]) ++j;
        if (!out.empty()) out += "*";
        out += to_string(factors[i]);
        if (j - i > 1) out += "^" + to_string(j - i);
        i = j;
    }
    cout << out << "\n";
}
