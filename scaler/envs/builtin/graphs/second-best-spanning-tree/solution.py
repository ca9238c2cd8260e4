import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, m = data[0], data[1]
    edges = sorted((data[4 + 3 * k], data[2 + 3 * k], data[3 + 3 * k]) for k in range(m))
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    tree = [[] for _ in range(n + 1)]
    total, others = 0, []
    for w, u, v in edges:  # Kruskal
        if find(u) != find(v):
            parent[find(u)] = find(v)
            total += w
            tree[u].append((v, w))
            tree[v].append((u, w))
        else:
            others.append((w, u, v))

    def heaviest(u, target):  # the heaviest tree edge on the path from u to target
        best, stack = {u: 0}, [u]
        while stack:
            x = stack.pop()
            for y, w in tree[x]:
                if y not in best:
                    best[y] = max(best[x], w)
                    stack.append(y)
        return best[target]

    # swapping one non-tree edge in for the heaviest tree edge on its cycle gives every candidate
    swaps = [w - heaviest(u, v) for w, u, v in others]
    print(total + min(swaps) if swaps else -1)


main()
