import heapq
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, m = data[0], data[1]
    adjacent = [[] for _ in range(n + 1)]
    for k in range(m):
        u, v, w = data[2 + 3 * k : 5 + 3 * k]
        adjacent[u].append((v, w))
        adjacent[v].append((u, w))
    dist = [-1] * (n + 1)
    heap = [(0, 1)]
    while heap:
        d, u = heapq.heappop(heap)
        if dist[u] != -1:
            continue
        dist[u] = d
        for v, w in adjacent[u]:
            if dist[v] == -1:
                heapq.heappush(heap, (d + w, v))
    print(" ".join(map(str, dist[1:])))


main()
