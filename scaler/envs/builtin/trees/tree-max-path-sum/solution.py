import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    value = [0, *data[1 : n + 1]]
    adjacent = [[] for _ in range(n + 1)]
    for k in range(n - 1):
        u, v = data[n + 1 + 2 * k], data[n + 2 + 2 * k]
        adjacent[u].append(v)
        adjacent[v].append(u)
    parent, order = [0] * (n + 1), [1]
    for u in order:
        for v in adjacent[u]:
            if v != parent[u]:
                parent[v] = u
                order.append(v)
    down = [0] * (n + 1)  # best sum of a path that starts at v and goes down into its subtree
    best = max(value[1:])
    for u in reversed(order):
        arms = sorted((down[v] for v in adjacent[u] if v != parent[u] and down[v] > 0), reverse=True)
        down[u] = value[u] + (arms[0] if arms else 0)
        best = max(best, value[u] + sum(arms[:2]))
    print(best)


main()
