"""Lexicographically smallest rotation of a string."""

from scaler.environment import Environment, Provenance, ScaleParam, Solution

STATEMENT = """\
A rotation of a string s of length n moves some number k (0 <= k < n) of its first characters, in
order, to its end: the rotation by k is s[k+1..n] followed by s[1..k]. For example, the rotations of
"baca" are "baca", "acab", "caba" and "abac". Find the rotation of s that comes first in
alphabetical (lexicographic) order.

Input: one line containing the string s of lowercase English letters (n >= 1).
"""

GENERATOR = '''\
def generate(params, rng):
    n = params["n"]
    letters = "abcd"[: rng.randint(2, 4)]
    s = "".join(rng.choice(letters) for _ in range(n))
    return s + "\\n", {"s": s}
'''

PYTHON_SOLUTION = '''\
import sys


def main():
    s = sys.stdin.read().strip()
    print(min(s[k:] + s[:k] for k in range(len(s))))


main()
'''

CPP_SOLUTION = r'''
#include <bits/stdc++.h>
using namespace std;

// Two-candidate scan (minimum expression): the loser of each comparison skips past the mismatch.
int main() {
    string s;
    cin >> s;
    int n = s.size(), i = 0, j = 1, k = 0;
    while (i < n && j < n && k < n) {
        char a = s[(i + k) % n], b = s[(j + k) % n];
        if (a == b) {
            ++k;
            continue;
        }
        if (a > b) i += k + 1; else j += k + 1;
        if (i == j) ++j;
        k = 0;
    }
    int start = min(i, j);
    cout << s.substr(start) + s.substr(0, start) << "\n";
}
'''

ENV = Environment(
    id="smallest-rotation",
    title="Lexicographically Smallest Rotation",
    statement=STATEMENT,
    output_instruction="Output one string: the lexicographically smallest rotation of s.",
    output_type="string",
    scale_params={"n": ScaleParam(1, 1900)},
    levels=[{"n": n} for n in (1, 2, 3, 5, 8, 12, 18, 26, 38, 55, 80, 115, 165, 240, 340, 480, 680, 960, 1350, 1900)],
    generator=GENERATOR,
    solutions=[Solution("python", PYTHON_SOLUTION), Solution("cpp", CPP_SOLUTION)],
    provenance=Provenance(source="classic", url="", license="Apache-2.0"),
    tags=["strings", "rotations"],
)
