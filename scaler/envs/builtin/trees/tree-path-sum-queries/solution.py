import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, q = data[0], data[1]
    value = [0, *data[2 : n + 2]]
    pos = n + 2
    adjacent = [[] for _ in range(n + 1)]
    for _ in range(n - 1):
        u, v = data[pos], data[pos + 1]
        pos += 2
        adjacent[u].append(v)
        adjacent[v].append(u)
    parent, depth, prefix, order = [0] * (n + 1), [0] * (n + 1), [0] * (n + 1), [1]
    prefix[1] = value[1]
    for u in order:
        for v in adjacent[u]:
            if v != parent[u]:
                parent[v], depth[v], prefix[v] = u, depth[u] + 1, prefix[u] + value[v]
                order.append(v)
    answers = []
    for _ in range(q):
        u, v = data[pos], data[pos + 1]
        pos += 2
        a, b = u, v
        while a != b:  # climb to the lowest common ancestor
            if depth[a] < depth[b]:
                a, b = b, a
            a = parent[a]
        answers.append(prefix[u] + prefix[v] - 2 * prefix[a] + value[a])
    print(" ".join(map(str, answers)))


main()
