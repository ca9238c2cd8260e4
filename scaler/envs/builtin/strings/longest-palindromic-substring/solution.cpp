
#include <bits/stdc++.h>
using namespace std;

// Manacher's algorithm on s with '#' between characters: radius[i] is the palindrome length in s.
int main() {
    string s;
    cin >> s;
    string t = "#";
    for (char c : s) {
        t += c;
        t += '#';
    }
    int size = t.size(), centre = 0, right = 0;
    vector<int> radius(size, 0);
    int best_start = 0, best_length = 0;
    for (int i = 0; i < size; ++i) {
        if (i < right) radius[i] = min(right - i, radius[2 * centre - i]);
        while (i - radius[i] - 1 >= 0 && i + radius[i] + 1 < size &&
               t[i - radius[i] - 1] == t[i + radius[i] + 1])
            ++radius[i];
        if (i + radius[i] > right) {
            centre = i;
            right = i + radius[i];
        }
        int length = radius[i], start = (i - radius[i]) / 2;
        if (length > best_length || (length == best_length && start < best_start)) {
            best_start = start;
            best_length = length;
        }
    }
    cout << s.substr(best_start, best_length) << "\n";
}
