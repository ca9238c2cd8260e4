#include <bits/stdc++.h>
using namespace std;

// Simulate: at each time unit run the allowed letter with the most tasks left (ties: smallest letter).
int main() {
    int k;
    string tasks;
    cin >> k >> tasks;
    vector<int> left(26, 0), ready_at(26, 0);
    for (char c : tasks) left[c - 'A']++;
    int remaining = tasks.size(), t = 0;
    for (; remaining > 0; ++t) {
        int pick = -1;
        for (int c = 0; c < 26; ++c)
            if (left[c] && ready_at[c] <= t && (pick < 0 || left[c] > left[pick])) pick = c;
        if (pick >= 0) left[pick]--, ready_at[pick] = t + k + 1, --remaining;
    }
    cout << t << "\n";
}
