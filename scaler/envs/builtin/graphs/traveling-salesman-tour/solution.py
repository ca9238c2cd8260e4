import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    d = [data[1 + i * n : 1 + (i + 1) * n] for i in range(n)]
    INF = float("inf")
    best = [[INF] * n for _ in range(1 << n)]  # best[S][v]: shortest path from city 1 through S ending at v
    best[1][0] = 0
    for visited in range(1, 1 << n, 2):
        for v in range(n):
            length = best[visited][v]
            if length == INF:
                continue
            for w in range(n):
                if not visited >> w & 1 and length + d[v][w] < best[visited | 1 << w][w]:
                    best[visited | 1 << w][w] = length + d[v][w]
    print(min(best[(1 << n) - 1][v] + d[v][0] for v in range(1, n)))


main()
