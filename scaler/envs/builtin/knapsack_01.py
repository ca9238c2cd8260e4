"""0/1 knapsack: the most valuable set of items that fits into a bag."""

from scaler.environment import Environment, Provenance, ScaleParam, Solution

STATEMENT = """\
There are n items; item i has a positive integer weight w_i and a positive integer value v_i.
You have a bag that can carry a total weight of at most W. Choose a set of items, each item at most
once, whose total weight does not exceed W, so that the total value of the chosen items is as large
as possible. Choosing no items at all is allowed (total value 0). Find that largest total value.

Input: the first line contains n and W. Each of the next n lines contains two integers w_i and v_i,
the weight and the value of item i.
"""

GENERATOR = '''\
def generate(params, rng):
    n = params["n"]
    items = [(rng.randint(1, 60), rng.randint(1, 500)) for _ in range(n)]
    capacity = max(1, int(sum(w for w, _ in items) * rng.uniform(0.2, 0.8)))
    text = f"{n} {capacity}\\n" + "".join(f"{w} {v}\\n" for w, v in items)
    display = {"n": n, "W": capacity, "weights": [w for w, _ in items], "values": [v for _, v in items]}
    return text, display
'''

PYTHON_SOLUTION = '''\
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, capacity = data[0], data[1]
    best = [0] * (capacity + 1)  # best[c]: the largest value with total weight at most c
    for i in range(n):
        w, v = data[2 + 2 * i], data[3 + 2 * i]
        if w <= capacity:
            best = best[:w] + [max(keep, take + v) for keep, take in zip(best[w:], best)]
    print(best[capacity])


main()
'''

CPP_SOLUTION = r'''
#include <bits/stdc++.h>
using namespace std;

// DP over values: lightest[v] is the smallest total weight reaching total value exactly v.
int main() {
    int n;
    long long capacity;
    cin >> n >> capacity;
    vector<int> w(n), v(n);
    int total = 0;
    for (int i = 0; i < n; ++i) {
        cin >> w[i] >> v[i];
        total += v[i];
    }
    const long long INF = LLONG_MAX / 4;
    vector<long long> lightest(total + 1, INF);
    lightest[0] = 0;
    for (int i = 0; i < n; ++i)
        for (int value = total; value >= v[i]; --value)
            lightest[value] = min(lightest[value], lightest[value - v[i]] + w[i]);
    int answer = 0;
    for (int value = 0; value <= total; ++value)
        if (lightest[value] <= capacity) answer = value;
    cout << answer << "\n";
}
'''

ENV = Environment(
    id="knapsack-01",
    title="0/1 Knapsack",
    statement=STATEMENT,
    output_instruction="Output one integer: the largest total value of items that fit into the bag.",
    output_type="number",
    scale_params={"n": ScaleParam(1, 240)},
    levels=[{"n": n} for n in (1, 2, 3, 4, 5, 6, 8, 10, 13, 17, 22, 29, 38, 50, 66, 88, 115, 150, 190, 240)],
    generator=GENERATOR,
    solutions=[Solution("python", PYTHON_SOLUTION), Solution("cpp", CPP_SOLUTION)],
    provenance=Provenance(source="classic", url="", license="Apache-2.0"),
    tags=["dp", "knapsack"],
)
