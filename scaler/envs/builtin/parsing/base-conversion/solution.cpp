#include <bits/stdc++.h>
using namespace std;

// Long division of the base-a digit vector by b, collecting remainders as base-b digits.
int main() {
    const string DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    int a, b;
    string text;
    cin >> a >> b >> text;
    vector<int> number;
    for (char c : text) number.push_back(DIGITS.find(c));
    string out;
    do {
        vector<int> quotient;
        int remainder = 0;
        for (int d : number) {
            int current = remainder * a + d;
            if (!quotient.empty() || current / b) quotient.push_back(current / b);
            remainder = current % b;
        }
        out += DIGITS[remainder];
        number = quotient;
    } while (!number.empty());
    reverse(out.begin(), out.end());
    cout << out << "\n";
}
