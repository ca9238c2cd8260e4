import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    adjacent = [set() for _ in range(n + 1)]
    for k in range(n - 1):
        u, v = data[1 + 2 * k], data[2 + 2 * k]
        adjacent[u].add(v)
        adjacent[v].add(u)
    remaining = set(range(1, n + 1))
    leaves = [v for v in remaining if len(adjacent[v]) <= 1]
    while len(remaining) > 2:  # peel all current leaves at once
        remaining.difference_update(leaves)
        next_leaves = []
        for leaf in leaves:
            for v in adjacent[leaf]:
                adjacent[v].discard(leaf)
                if len(adjacent[v]) == 1:
                    next_leaves.append(v)
        leaves = next_leaves
    print(" ".join(map(str, sorted(remaining))))


main()
