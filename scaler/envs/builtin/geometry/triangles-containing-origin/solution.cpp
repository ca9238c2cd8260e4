#include <bits/stdc++.h>
using namespace std;

// Areas: O is strictly inside when the three triangles it forms with the edges are all non-degenerate
// and their areas add up to the area of the triangle.
long long twiceArea(long long ax, long long ay, long long bx, long long by, long long cx, long long cy) {
    return llabs((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}

int main() {
    int n;
    cin >> n;
    int count = 0;
    for (int k = 0; k < n; ++k) {
        long long x1, y1, x2, y2, x3, y3;
        cin >> x1 >> y1 >> x2 >> y2 >> x3 >> y3;
        long long a = twiceArea(0, 0, x1, y1, x2, y2), b = twiceArea(0, 0, x2, y2, x3, y3),
                  c = twiceArea(0, 0, x3, y3, x1, y1);
        count += a > 0 && b > 0 && c > 0 && a + b + c == twiceArea(x1, y1, x2, y2, x3, y3);
    }
    cout << count << "\n";
}
