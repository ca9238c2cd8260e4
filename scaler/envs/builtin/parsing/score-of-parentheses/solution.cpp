#include <bits/stdc++.h>
using namespace std;

// Stack of partial scores, one per open level, applying the grammar rules directly.
int main() {
    int n;
    string s;
    cin >> n >> s;
    vector<long long> stack{0};
    for (char c : s) {
        if (c == '(') {
            stack.push_back(0);
        } else {
            long long inner = stack.back();
            stack.pop_back();
            stack.back() += inner ? 2 * inner : 1;
        }
    }
    cout << stack[0] << "\n";
}
