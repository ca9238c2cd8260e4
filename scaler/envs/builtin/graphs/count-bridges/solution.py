import sys


def main():
    sys.setrecursionlimit(10000)
    data = list(map(int, sys.stdin.read().split()))
    n, m = data[0], data[1]
    adjacent = [[] for _ in range(n + 1)]
    for k in range(m):
        u, v = data[2 + 2 * k], data[3 + 2 * k]
        adjacent[u].append((v, k))
        adjacent[v].append((u, k))
    order, low = [0] * (n + 1), [0] * (n + 1)
    bridges = 0
    counter = 0

    def visit(u, via):
        nonlocal counter, bridges
        counter += 1
        order[u] = low[u] = counter
        for v, edge in adjacent[u]:
            if edge == via:
                continue
            if order[v]:
                low[u] = min(low[u], order[v])
            else:
                visit(v, edge)
                low[u] = min(low[u], low[v])
                bridges += low[v] > order[u]

    visit(1, -1)
    print(bridges)


main()
