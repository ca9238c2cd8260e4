"""Longest strictly increasing subsequence of a sequence of numbers."""

from scaler.environment import Environment, Provenance, ScaleParam, Solution

STATEMENT = """\
You are given a sequence of n positive integers a_1, a_2, ..., a_n. A subsequence is obtained by
deleting any number of elements (possibly none) without changing the order of the remaining ones.
A subsequence is strictly increasing when every element is larger than the one before it; equal
neighbours are not allowed. Find the length of the longest strictly increasing subsequence.

Input: the first line contains n. The second line contains the n integers a_1 ... a_n, separated by
single spaces. Every value lies between 1 and 1000.
"""

GENERATOR = '''\
def generate(params, rng):
    n = params["n"]
    trend = rng.random()  # the share of elements that follow a rising line instead of being random
    a = []
    for i in range(n):
        if rng.random() < trend:
            centre = 1 + 999 * i // max(1, n - 1)
            a.append(min(1000, max(1, centre + rng.randint(-60, 60))))
        else:
            a.append(rng.randint(1, 1000))
    return f"{n}\\n{' '.join(map(str, a))}\\n", {"n": n, "a": a}
'''

PYTHON_SOLUTION = '''\
import bisect
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    tails = []  # tails[k]: the smallest last element of an increasing subsequence of length k + 1
    for x in map(int, data[1 : 1 + n]):
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    print(len(tails))


main()
'''

CPP_SOLUTION = r'''
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<int> a(n), best(n, 1);
    for (int& x : a) cin >> x;
    int answer = 0;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < i; ++j)
            if (a[j] < a[i]) best[i] = max(best[i], best[j] + 1);
        answer = max(answer, best[i]);
    }
    cout << answer << "\n";
}
'''

ENV = Environment(
    id="longest-increasing-subsequence",
    title="Longest Increasing Subsequence",
    statement=STATEMENT,
    output_instruction="Output one integer: the length of the longest strictly increasing subsequence.",
    output_type="number",
    scale_params={"n": ScaleParam(1, 400)},
    levels=[{"n": n} for n in (1, 2, 3, 4, 6, 8, 11, 15, 20, 27, 36, 48, 64, 85, 110, 150, 200, 260, 330, 400)],
    generator=GENERATOR,
    solutions=[Solution("python", PYTHON_SOLUTION), Solution("cpp", CPP_SOLUTION)],
    provenance=Provenance(source="classic", url="", license="Apache-2.0"),
    tags=["dp", "arrays"],
)
