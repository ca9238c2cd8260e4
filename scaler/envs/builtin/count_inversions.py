"""Counting inversions: pairs of positions whose values are out of order."""

from scaler.environment import Environment, Provenance, ScaleParam, Solution

STATEMENT = """\
You are given a sequence of n integers a_1, a_2, ..., a_n. An inversion is a pair of positions
(i, j) with i < j and a_i > a_j; pairs of equal values are not inversions. Count the inversions.

Input: the first line contains n. The second line contains the n integers a_1 ... a_n, separated by
single spaces. Every value lies between 1 and 1000.
"""

GENERATOR = '''\
def generate(params, rng):
    n = params["n"]
    high = rng.choice([10, 100, 1000])  # small ranges give many equal values
    a = [rng.randint(1, high) for _ in range(n)]
    return f"{n}\\n{' '.join(map(str, a))}\\n", {"n": n, "a": a}
'''

PYTHON_SOLUTION = '''\
import sys


def sort_and_count(a):
    """Return (sorted a, number of inversions in a) by merge sort."""
    if len(a) <= 1:
        return a, 0
    mid = len(a) // 2
    left, x = sort_and_count(a[:mid])
    right, y = sort_and_count(a[mid:])
    merged, count, i, j = [], x + y, 0, 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            count += len(left) - i  # right[j] is smaller than every remaining left element
            merged.append(right[j])
            j += 1
        else:
            merged.append(left[i])
            i += 1
    merged += left[i:] + right[j:]
    return merged, count


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    print(sort_and_count([int(x) for x in data[1 : 1 + n]])[1])


main()
'''

CPP_SOLUTION = r'''
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<int> a(n);
    for (int& x : a) cin >> x;
    long long count = 0;
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            if (a[i] > a[j]) ++count;
    cout << count << "\n";
}
'''

ENV = Environment(
    id="count-inversions",
    title="Counting Inversions",
    statement=STATEMENT,
    output_instruction="Output one integer: the number of inversions.",
    output_type="number",
    scale_params={"n": ScaleParam(1, 400)},
    levels=[{"n": n} for n in (1, 2, 3, 4, 5, 7, 9, 12, 16, 21, 28, 37, 50, 66, 88, 115, 150, 200, 280, 400)],
    generator=GENERATOR,
    solutions=[Solution("python", PYTHON_SOLUTION), Solution("cpp", CPP_SOLUTION)],
    provenance=Provenance(source="classic", url="", license="Apache-2.0"),
    tags=["sorting", "divide-and-conquer"],
)
