#include <bits/stdc++.h>
using namespace std;

// Schoolbook multiplication on little-endian decimal digits.
int main() {
    int a, b;
    cin >> a >> b;
    vector<int> digits{1};
    for (int step = 0; step < b; ++step) {
        int carry = 0;
        for (int &d : digits) {
            int value = d * a + carry;
            d = value % 10;
            carry = value / 10;
        }
        for (; carry; carry /= 10) digits.push_back(carry % 10);
    }
    cout << accumulate(digits.begin(), digits.end(), 0) << "\n";
}
