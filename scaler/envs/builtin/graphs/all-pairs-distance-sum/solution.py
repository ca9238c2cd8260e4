import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, m = data[0], data[1]
    INF = float("inf")
    dist = [[0 if i == j else INF for j in range(n + 1)] for i in range(n + 1)]
    for k in range(m):
        u, v, w = data[2 + 3 * k : 5 + 3 * k]
        dist[u][v] = min(dist[u][v], w)
    for k in range(1, n + 1):
        row_k = dist[k]
        for i in range(1, n + 1):
            row_i, d_ik = dist[i], dist[i][k]
            if d_ik == INF:
                continue
            for j in range(1, n + 1):
                if d_ik + row_k[j] < row_i[j]:
                    row_i[j] = d_ik + row_k[j]
    print(sum(d for row in dist[1:] for d in row[1:] if d != INF))


main()
