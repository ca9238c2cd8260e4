"""Interval scheduling: the most intervals that can be chosen without any two sharing a point."""

from scaler.environment import Environment, Provenance, ScaleParam, Solution

STATEMENT = """\
You are given n closed intervals [l_1, r_1], ..., [l_n, r_n] of integers on a line (l_i <= r_i).
Two intervals conflict if they share at least one point; in particular [1, 3] and [3, 5] conflict
because both contain 3. Choose as many intervals as possible so that no two chosen intervals
conflict, and report how many you chose.

Input: the first line contains n. Each of the next n lines contains two integers l_i and r_i.
All endpoints lie between 0 and 1000.
"""

GENERATOR = '''\
def generate(params, rng):
    n = params["n"]
    longest = rng.choice([5, 20, 60, 150, 400])  # the typical interval length varies per instance
    intervals = []
    for _ in range(n):
        length = rng.randint(0, longest)
        left = rng.randint(0, 1000 - length)
        intervals.append((left, left + length))
    text = f"{n}\\n" + "".join(f"{l} {r}\\n" for l, r in intervals)
    return text, {"n": n, "intervals": [list(iv) for iv in intervals]}
'''

PYTHON_SOLUTION = '''\
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    intervals = sorted(zip(data[1 : 1 + 2 * n : 2], data[2 : 2 + 2 * n : 2]), key=lambda iv: iv[1])
    chosen, last_end = 0, None
    for left, right in intervals:  # greedy: always keep the interval that ends first
        if last_end is None or left > last_end:
            chosen += 1
            last_end = right
    print(chosen)


main()
'''

CPP_SOLUTION = r'''
#include <bits/stdc++.h>
using namespace std;

// DP over intervals sorted by right end: best[k] = answer using only the first k intervals.
int main() {
    int n;
    cin >> n;
    vector<pair<int, int>> iv(n);  // (right, left)
    for (auto& [r, l] : iv) cin >> l >> r;
    sort(iv.begin(), iv.end());
    vector<int> ends(n), best(n + 1, 0);
    for (int i = 0; i < n; ++i) ends[i] = iv[i].first;
    for (int k = 1; k <= n; ++k) {
        int left = iv[k - 1].second;
        int compatible = lower_bound(ends.begin(), ends.end(), left) - ends.begin();  // ends < left
        best[k] = max(best[k - 1], best[compatible] + 1);
    }
    cout << best[n] << "\n";
}
'''

ENV = Environment(
    id="max-disjoint-intervals",
    title="Maximum Set of Disjoint Intervals",
    statement=STATEMENT,
    output_instruction="Output one integer: the largest number of pairwise non-conflicting intervals.",
    output_type="number",
    scale_params={"n": ScaleParam(1, 220)},
    levels=[{"n": n} for n in (1, 2, 3, 4, 5, 7, 9, 12, 16, 21, 28, 37, 50, 66, 88, 115, 150, 185, 220)],
    generator=GENERATOR,
    solutions=[Solution("python", PYTHON_SOLUTION), Solution("cpp", CPP_SOLUTION)],
    provenance=Provenance(source="classic", url="", license="Apache-2.0"),
    tags=["greedy", "intervals"],
)
