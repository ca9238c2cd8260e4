"""Range sum queries: the sums of many contiguous blocks of one array."""

from scaler.environment import Environment, Provenance, ScaleParam, Solution

STATEMENT = """\
You are given an array of n integers a_1, a_2, ..., a_n and q queries. Query k gives two positions
l_k <= r_k and asks for the sum a_(l_k) + a_(l_k + 1) + ... + a_(r_k) (positions are 1-based and
both ends are included). Answer every query.

Input: the first line contains n and q. The second line contains the n integers a_1 ... a_n,
separated by single spaces; every value lies between -100 and 100. Each of the next q lines
contains two integers l_k and r_k (1 <= l_k <= r_k <= n).
"""

GENERATOR = '''\
def generate(params, rng):
    n, q = params["n"], params["q"]
    a = [rng.randint(-100, 100) for _ in range(n)]
    queries = [sorted((rng.randint(1, n), rng.randint(1, n))) for _ in range(q)]
    text = f"{n} {q}\\n{' '.join(map(str, a))}\\n" + "".join(f"{l} {r}\\n" for l, r in queries)
    return text, {"n": n, "q": q, "a": a, "queries": queries}
'''

PYTHON_SOLUTION = '''\
import itertools
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, q = data[0], data[1]
    prefix = [0, *itertools.accumulate(data[2 : 2 + n])]
    bounds = data[2 + n :]
    print(" ".join(str(prefix[bounds[2 * k + 1]] - prefix[bounds[2 * k] - 1]) for k in range(q)))


main()
'''

CPP_SOLUTION = r'''
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    cin >> n >> q;
    vector<long long> a(n + 1);
    for (int i = 1; i <= n; ++i) cin >> a[i];
    for (int k = 0; k < q; ++k) {
        int l, r;
        cin >> l >> r;
        long long sum = 0;
        for (int i = l; i <= r; ++i) sum += a[i];
        cout << sum << (k + 1 < q ? ' ' : '\n');
    }
}
'''

_SIZES = [(1, 1), (2, 1), (3, 2), (4, 3), (6, 4), (8, 6), (11, 8), (15, 10), (20, 14), (27, 18), (36, 24),
          (48, 32), (64, 42), (85, 56), (110, 75), (150, 100), (190, 130)]

ENV = Environment(
    id="range-sum-queries",
    title="Range Sum Queries",
    statement=STATEMENT,
    output_instruction="Output q integers separated by spaces: the answers to the queries in the given order.",
    output_type="array",
    scale_params={"n": ScaleParam(1, 190), "q": ScaleParam(1, 130)},
    levels=[{"n": n, "q": q} for n, q in _SIZES],
    generator=GENERATOR,
    solutions=[Solution("python", PYTHON_SOLUTION), Solution("cpp", CPP_SOLUTION)],
    provenance=Provenance(source="classic", url="", license="Apache-2.0"),
    tags=["prefix-sums", "arrays"],
)
