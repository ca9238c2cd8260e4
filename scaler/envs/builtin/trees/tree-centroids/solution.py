import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    adjacent = [[] for _ in range(n + 1)]
    for k in range(n - 1):
        u, v = data[1 + 2 * k], data[2 + 2 * k]
        adjacent[u].append(v)
        adjacent[v].append(u)
    parent, order = [0] * (n + 1), [1]
    for u in order:
        for v in adjacent[u]:
            if v != parent[u]:
                parent[v] = u
                order.append(v)
    size = [1] * (n + 1)
    for u in reversed(order[1:]):
        size[parent[u]] += size[u]
    weight = {}
    for u in range(1, n + 1):  # the parts are the child subtrees and everything above u
        parts = [size[v] for v in adjacent[u] if v != parent[u]] + [n - size[u]]
        weight[u] = max(parts)
    best = min(weight.values())
    print(" ".join(str(u) for u in range(1, n + 1) if weight[u] == best))


main()
