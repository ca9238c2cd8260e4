import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, k = data[0], data[1]
    adjacent = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v = data[2 + 2 * i], data[3 + 2 * i]
        adjacent[u].append(v)
        adjacent[v].append(u)
    parent, order = [0] * (n + 1), [1]
    for u in order:
        for v in adjacent[u]:
            if v != parent[u]:
                parent[v] = u
                order.append(v)
    below = [[1] + [0] * k for _ in range(n + 1)]  # below[v][d]: vertices d levels under v
    pairs = 0
    for u in reversed(order):
        for v in adjacent[u]:
            if v == parent[u]:
                continue
            shifted = [0] + below[v][:k]  # depths seen from u
            pairs += sum(below[u][d] * shifted[k - d] for d in range(k + 1))
            below[u] = [a + b for a, b in zip(below[u], shifted)]
    print(pairs)


main()
