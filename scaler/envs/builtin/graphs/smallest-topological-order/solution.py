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
