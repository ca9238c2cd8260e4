"""Maximum subarray sum: the largest total of a non-empty block of consecutive numbers."""

from scaler.environment import Environment, Provenance, ScaleParam, Solution

STATEMENT = """\
You are given a sequence of n integers a_1, a_2, ..., a_n; some of them may be negative.
A subarray is a non-empty block of consecutive elements a_l, a_(l+1), ..., a_r with 1 <= l <= r <= n,
and its sum is a_l + a_(l+1) + ... + a_r. Find the largest sum that a subarray can have.
The subarray must contain at least one element, so if every number is negative the answer is the
largest single element.

Input: the first line contains n. The second line contains the n integers a_1 ... a_n, separated by
single spaces. Every value lies between -1000 and 1000.
"""

GENERATOR = '''\
def generate(params, rng):
    n = params["n"]
    a = [rng.randint(-1000, 1000) for _ in range(n)]
    return f"{n}\\n{' '.join(map(str, a))}\\n", {"n": n, "a": a}
'''

PYTHON_SOLUTION = '''\
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    best = current = None
    for x in map(int, data[1 : 1 + n]):
        current = x if current is None or current < 0 else current + x
        best = current if best is None else max(best, current)
    print(best)


main()
'''

CPP_SOLUTION = r'''
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<long long> prefix(n + 1, 0);
    for (int i = 0; i < n; ++i) {
        long long x;
        cin >> x;
        prefix[i + 1] = prefix[i] + x;
    }
    long long best = LLONG_MIN;
    for (int l = 0; l < n; ++l)
        for (int r = l + 1; r <= n; ++r) best = max(best, prefix[r] - prefix[l]);
    cout << best << "\n";
}
'''

ENV = Environment(
    id="max-subarray-sum",
    title="Maximum Subarray Sum",
    statement=STATEMENT,
    output_instruction="Output one integer: the maximum sum of a non-empty subarray.",
    output_type="number",
    scale_params={"n": ScaleParam(1, 330)},
    levels=[{"n": n} for n in (1, 2, 3, 4, 6, 8, 11, 15, 20, 27, 36, 48, 64, 85, 110, 150, 200, 260, 330)],
    generator=GENERATOR,
    solutions=[Solution("python", PYTHON_SOLUTION), Solution("cpp", CPP_SOLUTION)],
    provenance=Provenance(source="classic", url="", license="Apache-2.0"),
    tags=["dp", "arrays"],
)
