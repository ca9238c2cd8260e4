"""Edit distance: the fewest single-character edits turning one string into another."""

from scaler.environment import Environment, Provenance, ScaleParam, Solution

STATEMENT = """\
You are given two strings A and B of lowercase English letters. In one operation you may insert one
character anywhere in A, delete one character of A, or replace one character of A by another
character. Find the minimum number of operations that turn A into B.

Input: the first line contains the string A and the second line contains the string B. Both strings
are non-empty.
"""

GENERATOR = '''\
def generate(params, rng):
    n, m = params["n"], params["m"]
    letters = "abcdef"[: rng.randint(2, 6)]
    a = [rng.choice(letters) for _ in range(n)]
    b = list(a)  # B is A after a random amount of damage, then stretched or shrunk to length m
    for _ in range(rng.randint(0, n)):
        b[rng.randrange(len(b))] = rng.choice(letters)
    while len(b) > m:
        del b[rng.randrange(len(b))]
    while len(b) < m:
        b.insert(rng.randint(0, len(b)), rng.choice(letters))
    a, b = "".join(a), "".join(b)
    return f"{a}\\n{b}\\n", {"A": a, "B": b}
'''

PYTHON_SOLUTION = '''\
import sys


def main():
    a, b = sys.stdin.read().split()
    previous = list(range(len(b) + 1))  # distances from a[:i] to every prefix of b
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    print(previous[-1])


main()
'''

CPP_SOLUTION = r'''
#include <bits/stdc++.h>
using namespace std;

// 0-1 BFS over the (i, j) alignment grid: a matching diagonal step is free, every other step costs 1.
int main() {
    string a, b;
    cin >> a >> b;
    int n = a.size(), m = b.size(), width = m + 1;
    vector<int> dist((n + 1) * width, INT_MAX);
    deque<int> queue;
    dist[0] = 0;
    queue.push_back(0);
    while (!queue.empty()) {
        int cell = queue.front();
        queue.pop_front();
        int i = cell / width, j = cell % width, d = dist[cell];
        auto relax = [&](int ni, int nj, int cost) {
            int next = ni * width + nj;
            if (d + cost < dist[next]) {
                dist[next] = d + cost;
                if (cost == 0) queue.push_front(next); else queue.push_back(next);
            }
        };
        if (i < n) relax(i + 1, j, 1);
        if (j < m) relax(i, j + 1, 1);
        if (i < n && j < m) relax(i + 1, j + 1, a[i] == b[j] ? 0 : 1);
    }
    cout << dist[n * width + m] << "\n";
}
'''

_SIZES = [(1, 1), (2, 2), (3, 3), (4, 3), (5, 4), (7, 6), (10, 8), (14, 12), (20, 16), (28, 24), (40, 34),
          (56, 48), (80, 68), (110, 95), (150, 130), (210, 180), (300, 260), (420, 360), (560, 480)]

ENV = Environment(
    id="edit-distance",
    title="Edit Distance",
    statement=STATEMENT,
    output_instruction=(
        "Output one integer: the minimum number of insertions, deletions and replacements turning A into B."
    ),
    output_type="number",
    scale_params={"n": ScaleParam(1, 560), "m": ScaleParam(1, 480)},
    levels=[{"n": n, "m": m} for n, m in _SIZES],
    generator=GENERATOR,
    solutions=[Solution("python", PYTHON_SOLUTION), Solution("cpp", CPP_SOLUTION)],
    provenance=Provenance(source="classic", url="", license="Apache-2.0"),
    tags=["strings", "dp"],
)
