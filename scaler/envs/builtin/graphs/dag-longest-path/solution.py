import sys
from collections import deque


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, m = data[0], data[1]
    outgoing = [[] for _ in range(n + 1)]
    indegree = [0] * (n + 1)
    for k in range(m):
        u, v, w = data[2 + 3 * k : 5 + 3 * k]
        outgoing[u].append((v, w))
        indegree[v] += 1
    best = [0] * (n + 1)  # the heaviest path ending at each vertex, filled in topological order
    queue = deque(v for v in range(1, n + 1) if indegree[v] == 0)
    while queue:
        u = queue.popleft()
        for v, w in outgoing[u]:
            best[v] = max(best[v], best[u] + w)
            indegree[v] -= 1
            if indegree[v] == 0:
                queue.append(v)
    print(max(best))


main()
