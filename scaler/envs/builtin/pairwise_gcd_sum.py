"""Sum of the greatest common divisors over all pairs of numbers."""

from scaler.environment import Environment, Provenance, ScaleParam, Solution

STATEMENT = """\
You are given n positive integers a_1, a_2, ..., a_n. For every pair of positions i < j compute
gcd(a_i, a_j), the greatest common divisor of the two numbers, and add all these values up.
Report the total (it is 0 when n = 1).

Input: the first line contains n. The second line contains the n integers a_1 ... a_n, separated by
single spaces. Every value lies between 1 and 1000.
"""

GENERATOR = '''\
def generate(params, rng):
    n = params["n"]
    step = rng.choice([1, 1, 2, 3, 4, 6, 10, 12])  # a shared factor makes large divisors common
    a = [step * rng.randint(1, 1000 // step) for _ in range(n)]
    return f"{n}\\n{' '.join(map(str, a))}\\n", {"n": n, "a": a}
'''

PYTHON_SOLUTION = '''\
import math
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    a = data[1 : 1 + data[0]]
    print(sum(math.gcd(a[i], a[j]) for i in range(len(a)) for j in range(i + 1, len(a))))


main()
'''

CPP_SOLUTION = r'''
#include <bits/stdc++.h>
using namespace std;

// Count pairs by exact gcd: pairs[d] = C(multiples of d, 2) - pairs[2d] - pairs[3d] - ...
int main() {
    int n;
    cin >> n;
    const int LIMIT = 1000;
    vector<long long> count(LIMIT + 1, 0), pairs(LIMIT + 1, 0);
    for (int i = 0; i < n; ++i) {
        int x;
        cin >> x;
        ++count[x];
    }
    long long total = 0;
    for (int d = LIMIT; d >= 1; --d) {
        long long multiples = 0;
        for (int k = d; k <= LIMIT; k += d) multiples += count[k];
        pairs[d] = multiples * (multiples - 1) / 2;
        for (int k = 2 * d; k <= LIMIT; k += d) pairs[d] -= pairs[k];
        total += pairs[d] * d;
    }
    cout << total << "\n";
}
'''

ENV = Environment(
    id="pairwise-gcd-sum",
    title="Sum of Pairwise GCDs",
    statement=STATEMENT,
    output_instruction="Output one integer: the sum of gcd(a_i, a_j) over all pairs i < j.",
    output_type="number",
    scale_params={"n": ScaleParam(1, 420)},
    levels=[{"n": n} for n in (1, 2, 3, 4, 5, 7, 9, 12, 16, 21, 28, 37, 50, 66, 88, 115, 150, 210, 300, 420)],
    generator=GENERATOR,
    solutions=[Solution("python", PYTHON_SOLUTION), Solution("cpp", CPP_SOLUTION)],
    provenance=Provenance(source="classic", url="", license="Apache-2.0"),
    tags=["math", "number-theory"],
)
