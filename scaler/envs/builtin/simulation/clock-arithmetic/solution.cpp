#include <bits/stdc++.h>
using namespace std;

// Keep hours and minutes separately, carrying and borrowing like a real clock display.
int main() {
    string start;
    int m;
    cin >> start >> m;
    int h = stoi(start.substr(0, 2)), mm = stoi(start.substr(3, 2));
    for (int k = 0; k < m; ++k) {
        char sign;
        int x;
        cin >> sign >> x;
        int dh = x / 60, dm = x % 60;
        if (sign == '+') {
            mm += dm;
            h += dh + mm / 60;
            mm %= 60;
        } else {
            mm -= dm;
            h -= dh;
            if (mm < 0) mm += 60, h -= 1;
        }
        h = ((h % 24) + 24) % 24;
    }
    printf("%02d:%02d\n", h, mm);
}
