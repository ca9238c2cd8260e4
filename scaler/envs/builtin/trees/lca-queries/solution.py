import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, q = data[0], data[1]
    parent = [0, 0, *data[2 : n + 1]]
    children = [[] for _ in range(n + 1)]
    for v in range(2, n + 1):
        children[parent[v]].append(v)
    depth, order = [0] * (n + 1), [1]
    for u in order:
        for v in children[u]:
            depth[v] = depth[u] + 1
            order.append(v)
    up = [[p if p else v for v, p in enumerate(parent)]]  # up[j][v]: the 2^j-th ancestor (the root stays)
    for j in range(1, max(1, n.bit_length())):
        up.append([up[j - 1][up[j - 1][v]] for v in range(n + 1)])
    answers = []
    for k in range(q):
        u, v = data[n + 1 + 2 * k], data[n + 2 + 2 * k]
        if depth[u] < depth[v]:
            u, v = v, u
        for j in reversed(range(len(up))):
            if depth[u] - (1 << j) >= depth[v]:
                u = up[j][u]
        for j in reversed(range(len(up))):
            if up[j][u] != up[j][v]:
                u, v = up[j][u], up[j][v]
        answers.append(u if u == v else up[0][u])
    print(" ".join(map(str, answers)))


main()
