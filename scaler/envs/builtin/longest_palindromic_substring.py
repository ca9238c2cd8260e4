"""The longest palindromic substring of a string, the leftmost one on ties."""

from scaler.environment import Environment, Provenance, ScaleParam, Solution

STATEMENT = """\
A substring of s is a non-empty block of consecutive characters of s. A palindrome reads the same
forwards and backwards, like "abba" or "c". Find the longest substring of s that is a palindrome.
If several palindromic substrings share the greatest length, choose the one that starts furthest to
the left.

Input: one line containing the string s of lowercase English letters (its length is at least 1).
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
    best_start, best_length = 0, 0
    for centre in range(2 * len(s) - 1):  # even centres lie between two characters
        lo, hi = centre // 2, (centre + 1) // 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo, hi = lo - 1, hi + 1
        start, length = lo + 1, hi - lo - 1
        if length > best_length or (length == best_length and start < best_start):
            best_start, best_length = start, length
    print(s[best_start : best_start + best_length])


main()
'''

CPP_SOLUTION = r'''
#include <bits/stdc++.h>
using namespace std;

// Manacher's algorithm on s with '#' between characters: radius[i] is the palindrome length in s.
int main() {
    string s;
    cin >> s;
    string t = "#";
    for (char c : s) {
        t += c;
        t += '#';
    }
    int size = t.size(), centre = 0, right = 0;
    vector<int> radius(size, 0);
    int best_start = 0, best_length = 0;
    for (int i = 0; i < size; ++i) {
        if (i < right) radius[i] = min(right - i, radius[2 * centre - i]);
        while (i - radius[i] - 1 >= 0 && i + radius[i] + 1 < size &&
               t[i - radius[i] - 1] == t[i + radius[i] + 1])
            ++radius[i];
        if (i + radius[i] > right) {
            centre = i;
            right = i + radius[i];
        }
        int length = radius[i], start = (i - radius[i]) / 2;
        if (length > best_length || (length == best_length && start < best_start)) {
            best_start = start;
            best_length = length;
        }
    }
    cout << s.substr(best_start, best_length) << "\n";
}
'''

ENV = Environment(
    id="longest-palindromic-substring",
    title="Longest Palindromic Substring",
    statement=STATEMENT,
    output_instruction=(
        "Output one string: the longest palindromic substring of s (the leftmost one if there are several)."
    ),
    output_type="string",
    scale_params={"n": ScaleParam(1, 1900)},
    levels=[{"n": n} for n in (1, 2, 3, 5, 8, 12, 18, 26, 38, 55, 80, 115, 165, 240, 340, 480, 680, 960, 1350, 1900)],
    generator=GENERATOR,
    solutions=[Solution("python", PYTHON_SOLUTION), Solution("cpp", CPP_SOLUTION)],
    provenance=Provenance(source="classic", url="", license="Apache-2.0"),
    tags=["strings", "palindromes"],
)
