#include <bits/stdc++.h>
using namespace std;

// A plain stack, scanned in full for every min.
int main() {
    int q;
    cin >> q;
    vector<int> stack, answers;
    for (int i = 0; i < q; ++i) {
        string kind;
        cin >> kind;
        if (kind == "push") {
            int x;
            cin >> x;
            stack.push_back(x);
        } else if (kind == "pop") {
            stack.pop_back();
        } else {
            answers.push_back(*min_element(stack.begin(), stack.end()));
        }
    }
    for (size_t i = 0; i < answers.size(); ++i) cout << answers[i] << (i + 1 < answers.size() ? ' ' : '\n');
}
