#include <bits/stdc++.h>
using namespace std;

// Parametric form P + t r and Q + u s with exact integer comparisons of the parameters.
typedef long long ll;

ll cross(ll ax, ll ay, ll bx, ll by) { return ax * by - ay * bx; }

bool intersect(const array<ll, 4>& a, const array<ll, 4>& b) {
    ll rx = a[2] - a[0], ry = a[3] - a[1], sx = b[2] - b[0], sy = b[3] - b[1];
    ll qx = b[0] - a[0], qy = b[1] - a[1];
    ll denom = cross(rx, ry, sx, sy);
    if (denom != 0) {  // t = (q x s) / denom and u = (q x r) / denom must both lie in [0, 1]
        ll t = cross(qx, qy, sx, sy), u = cross(qx, qy, rx, ry);
        if (denom < 0) denom = -denom, t = -t, u = -u;
        return 0 <= t && t <= denom && 0 <= u && u <= denom;
    }
    if (cross(qx, qy, rx, ry) != 0) return false;  // parallel, on different lines
    ll rr = rx * rx + ry * ry, t0 = qx * rx + qy * ry, t1 = t0 + sx * rx + sy * ry;  // project onto r (scaled by rr)
    return max(min(t0, t1), 0LL) <= min(max(t0, t1), rr);
}

int main() {
    int n;
    cin >> n;
    vector<array<ll, 4>> segments(n);
    for (auto& s : segments) cin >> s[0] >> s[1] >> s[2] >> s[3];
    int count = 0;
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) count += intersect(segments[i], segments[j]);
    cout << count << "\n";
}
