import sys


def main():
    sys.setrecursionlimit(10000)
    data = list(map(int, sys.stdin.read().split()))
    n, m = data[0], data[1]
    adjacent = [[] for _ in range(n + 1)]
    for k in range(m):
        u, v = data[2 + 2 * k], data[3 + 2 * k]
        adjacent[u].append(v)
        adjacent[v].append(u)
    order, low = [0] * (n + 1), [0] * (n + 1)
    cut = [False] * (n + 1)
    counter = 0

    def visit(u, parent):
        nonlocal counter
        counter += 1
        order[u] = low[u] = counter
        children = 0
        for v in adjacent[u]:
            if order[v]:
                if v != parent:
                    low[u] = min(low[u], order[v])
            else:
                children += 1
                visit(v, u)
                low[u] = min(low[u], low[v])
                if parent and low[v] >= order[u]:
                    cut[u] = True
        if not parent and children > 1:
            cut[u] = True

    visit(1, 0)
    print(sum(cut))


main()
