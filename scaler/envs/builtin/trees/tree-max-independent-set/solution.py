import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    weight = [0, *data[1 : n + 1]]
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
    take, skip = weight[:], [0] * (n + 1)  # best in the subtree with / without the vertex itself
    for u in reversed(order[1:]):
        p = parent[u]
        take[p] += skip[u]
        skip[p] += max(take[u], skip[u])
    print(max(take[1], skip[1]))


main()
