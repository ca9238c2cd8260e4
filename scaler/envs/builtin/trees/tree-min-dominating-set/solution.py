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
    INF = n + 1
    # for the subtree of u: u in S / u not in S but dominated by a child / u left for its parent to dominate
    taken, covered, waiting = [0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for u in reversed(order):
        children = [v for v in adjacent[u] if v != parent[u]]
        taken[u] = 1 + sum(min(taken[v], covered[v], waiting[v]) for v in children)
        waiting[u] = sum(covered[v] for v in children)
        dominated = [min(taken[v], covered[v]) for v in children]
        extra = min((taken[v] - d for v, d in zip(children, dominated)), default=INF)
        covered[u] = min(INF, sum(dominated) + extra)  # at least one child must be taken
    print(min(taken[1], covered[1]))


main()
