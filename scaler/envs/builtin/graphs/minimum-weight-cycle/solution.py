import heapq
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, m = data[0], data[1]
    edges = [tuple(data[2 + 3 * k : 5 + 3 * k]) for k in range(m)]
    adjacent = [[] for _ in range(n + 1)]
    for k, (u, v, w) in enumerate(edges):
        adjacent[u].append((v, w, k))
        adjacent[v].append((u, w, k))
    best = -1
    for skip, (s, t, w) in enumerate(edges):  # the lightest cycle through edge s-t: w + dist(s, t) without it
        dist = {s: 0}
        heap = [(0, s)]
        done = set()
        while heap:
            d, u = heapq.heappop(heap)
            if u in done:
                continue
            done.add(u)
            for v, x, k in adjacent[u]:
                if k != skip and d + x < dist.get(v, float("inf")):
                    dist[v] = d + x
                    heapq.heappush(heap, (d + x, v))
        if t in dist and (best == -1 or dist[t] + w < best):
            best = dist[t] + w
    print(best)


main()
