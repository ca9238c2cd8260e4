import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    cost = [[0] * (n + 1)] + [[0, *data[1 + i * n : 1 + (i + 1) * n]] for i in range(n)]
    INF = float("inf")
    u, v = [0] * (n + 1), [0] * (n + 1)  # Hungarian algorithm with row and column potentials
    match = [0] * (n + 1)  # match[j] = the row assigned to column j
    for i in range(1, n + 1):
        match[0], j0 = i, 0
        minv, way, used = [INF] * (n + 1), [0] * (n + 1), [False] * (n + 1)
        while match[j0]:
            used[j0] = True
            i0, delta, j1 = match[j0], INF, 0
            for j in range(1, n + 1):
                if not used[j]:
                    reduced = cost[i0][j] - u[i0] - v[j]
                    if reduced < minv[j]:
                        minv[j], way[j] = reduced, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
        while j0:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
    print(sum(cost[match[j]][j] for j in range(1, n + 1)))


main()
