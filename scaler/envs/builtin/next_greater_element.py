"""Next greater element: for each position, the first strictly larger value to its right."""

from scaler.environment import Environment, Provenance, ScaleParam, Solution

STATEMENT = """\
You are given a sequence of n integers a_1, a_2, ..., a_n. For every position i, find the next
greater element of a_i: the value a_j at the smallest position j > i with a_j > a_i (strictly
greater). If no later element is greater than a_i, the answer for position i is -1.

Input: the first line contains n. The second line contains the n integers a_1 ... a_n, separated by
single spaces. Every value lies between 1 and 100.
"""

GENERATOR = '''\
def generate(params, rng):
    n = params["n"]
    a = [rng.randint(1, 100) for _ in range(n)]
    return f"{n}\\n{' '.join(map(str, a))}\\n", {"n": n, "a": a}
'''

PYTHON_SOLUTION = '''\
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    a = data[1 : 1 + data[0]]
    answer = [-1] * len(a)
    waiting = []  # positions still looking for a greater value; their values never increase
    for j, x in enumerate(a):
        while waiting and a[waiting[-1]] < x:
            answer[waiting.pop()] = x
        waiting.append(j)
    print(" ".join(map(str, answer)))


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
    for (int i = 0; i < n; ++i) {
        int answer = -1;
        for (int j = i + 1; j < n; ++j)
            if (a[j] > a[i]) {
                answer = a[j];
                break;
            }
        cout << answer << (i + 1 < n ? ' ' : '\n');
    }
}
'''

ENV = Environment(
    id="next-greater-element",
    title="Next Greater Element",
    statement=STATEMENT,
    output_instruction="Output n integers separated by spaces: the next greater element of each position, or -1.",
    output_type="array",
    scale_params={"n": ScaleParam(1, 500)},
    levels=[{"n": n} for n in (1, 2, 3, 4, 6, 8, 11, 15, 20, 27, 36, 48, 64, 85, 110, 150, 200, 280, 380, 500)],
    generator=GENERATOR,
    solutions=[Solution("python", PYTHON_SOLUTION), Solution("cpp", CPP_SOLUTION)],
    provenance=Provenance(source="classic", url="", license="Apache-2.0"),
    tags=["stacks", "arrays"],
)
