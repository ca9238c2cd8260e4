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
    INF = float("inf")
    dist, ways = [INF] * (n + 1), [0] * (n + 1)
    dist[1], ways[1] = 0, 1
    heap, done = [(0, 1)], [False] * (n + 1)
    while heap:
        d, u = heapq.heappop(heap)
        if done[u]:
            continue
        done[u] = True
        for v, w in adjacent[u]:
            if d + w < dist[v]:
                dist[v], ways[v] = d + w, ways[u]
                heapq.heappush(heap, (d + w, v))
            elif d + w == dist[v]:
                ways[v] += ways[u]
    print(ways[n])


main()
