"""Run-length encoding: each maximal run of one letter written as the letter and the run length."""

from scaler.environment import Environment, Provenance, ScaleParam, Solution

STATEMENT = """\
A run in a string is a maximal block of consecutive equal characters; for example "aaabccaa" splits
into the runs "aaa", "b", "cc" and "aa". The run-length encoding of a string writes every run, from
left to right, as its letter immediately followed by the decimal length of the run, with nothing in
between. The encoding of "aaabccaa" is "a3b1c2a2". Encode the given string.

Input: one line containing the string s of lowercase English letters (its length is at least 1).
"""

GENERATOR = '''\
def generate(params, rng):
    n = params["n"]
    letters = "abcde"[: rng.randint(2, 5)]
    longest_run = rng.choice([1, 3, 8, 20])
    s = ""
    while len(s) < n:
        s += rng.choice(letters) * rng.randint(1, longest_run)
    s = s[:n]
    return s + "\\n", {"s": s}
'''

PYTHON_SOLUTION = '''\
import itertools
import sys


def main():
    s = sys.stdin.read().strip()
    print("".join(f"{letter}{len(list(run))}" for letter, run in itertools.groupby(s)))


main()
'''

CPP_SOLUTION = r'''
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s, encoded;
    cin >> s;
    size_t start = 0;
    for (size_t i = 1; i <= s.size(); ++i)
        if (i == s.size() || s[i] != s[start]) {
            encoded += s[start] + to_string(i - start);
            start = i;
        }
    cout << encoded << "\n";
}
'''

ENV = Environment(
    id="run-length-encoding",
    title="Run-Length Encoding",
    statement=STATEMENT,
    output_instruction="Output one string: the run-length encoding of s.",
    output_type="string",
    scale_params={"n": ScaleParam(1, 1900)},
    levels=[{"n": n} for n in (1, 2, 3, 5, 8, 12, 18, 26, 38, 55, 80, 115, 165, 240, 340, 480, 680, 960, 1350, 1900)],
    generator=GENERATOR,
    solutions=[Solution("python", PYTHON_SOLUTION), Solution("cpp", CPP_SOLUTION)],
    provenance=Provenance(source="classic", url="", license="Apache-2.0"),
    tags=["strings", "encoding"],
)
