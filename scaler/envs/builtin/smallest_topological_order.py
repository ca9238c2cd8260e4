"""Lexicographically smallest topological order of a directed acyclic graph."""

from scaler.environment import Environment, Provenance, ScaleParam, Solution

STATEMENT = """\
A directed graph has n vertices numbered 1 to n and m edges; an edge u -> v means that u must come
before v. The graph has no directed cycles. A topological order is an arrangement of all n vertices
in which, for every edge u -> v, vertex u appears before vertex v. Among all topological orders,
find the lexicographically smallest one: the one with the smallest first vertex, then, among those,
the smallest second vertex, and so on.

Input: the first line contains n and m. Each of the next m lines contains two integers u and v
describing an edge u -> v. No edge appears twice.
"""

GENERATOR = '''\
def generate(params, rng):
    n = params["n"]
    m = min(params["m"], n * (n - 1) // 2)
    rank = list(range(1, n + 1))
    rng.shuffle(rank)  # a hidden order; every edge points forward in it, so there is no cycle
    slots = [(i, j) for i in range(n) for j in range(i + 1, n)]
    edges = [(rank[i], rank[j]) for i, j in rng.sample(slots, m)]
    text = f"{n} {m}\\n" + "".join(f"{u} {v}\\n" for u, v in edges)
    return text, {"n": n, "m": m, "edges": [list(e) for e in edges]}
'''

PYTHON_SOLUTION = '''\
import heapq
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, m = data[0], data[1]
    successors = [[] for _ in range(n + 1)]
    indegree = [0] * (n + 1)
    for k in range(m):
        u, v = data[2 + 2 * k], data[3 + 2 * k]
        successors[u].append(v)
        indegree[v] += 1
    ready = [v for v in range(1, n + 1) if indegree[v] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        u = heapq.heappop(ready)
        order.append(u)
        for v in successors[u]:
            indegree[v] -= 1
            if indegree[v] == 0:
                heapq.heappush(ready, v)
    print(" ".join(map(str, order)))


main()
'''

CPP_SOLUTION = r'''
#include <bits/stdc++.h>
using namespace std;

// n rounds; each round scans for the smallest unplaced vertex whose predecessors are all placed.
int main() {
    int n, m;
    cin >> n >> m;
    vector<vector<int>> predecessors(n + 1);
    for (int k = 0; k < m; ++k) {
        int u, v;
        cin >> u >> v;
        predecessors[v].push_back(u);
    }
    vector<bool> placed(n + 1, false);
    for (int round = 0; round < n; ++round) {
        for (int v = 1; v <= n; ++v) {
            if (placed[v]) continue;
            bool free = true;
            for (int u : predecessors[v]) free = free && placed[u];
            if (free) {
                placed[v] = true;
                cout << v << (round + 1 < n ? ' ' : '\n');
                break;
            }
        }
    }
}
'''

_SIZES = [(1, 0), (2, 1), (3, 2), (4, 3), (5, 5), (6, 7), (8, 10), (10, 14), (12, 19), (15, 25), (18, 33),
          (22, 44), (27, 58), (33, 77), (40, 100), (48, 130), (57, 170), (68, 220), (80, 270)]

ENV = Environment(
    id="smallest-topological-order",
    title="Lexicographically Smallest Topological Order",
    statement=STATEMENT,
    output_instruction="Output n integers separated by spaces: the lexicographically smallest topological order.",
    output_type="array",
    scale_params={"n": ScaleParam(1, 80), "m": ScaleParam(0, 270)},
    levels=[{"n": n, "m": m} for n, m in _SIZES],
    generator=GENERATOR,
    solutions=[Solution("python", PYTHON_SOLUTION), Solution("cpp", CPP_SOLUTION)],
    provenance=Provenance(source="classic", url="", license="Apache-2.0"),
    tags=["graphs", "topological-sort"],
)
