import sys


def main():
    lines = sys.stdin.read().split("\n")
    n = int(lines[0])
    parents = [0, 0] + list(map(int, lines[1].split()))
    children = [[] for _ in range(n + 1)]
    for v in range(2, n + 1):
        children[parents[v]].append(v)
    payoffs = iter(map(int, lines[2].split()))
    depth = [0] * (n + 1)
    for v in range(2, n + 1):
        depth[v] = depth[parents[v]] + 1
    value = [0] + [0 if children[v] else next(payoffs) for v in range(1, n + 1)]
    for v in range(n, 0, -1):  # children have larger numbers, so they are done first
        if children[v]:
            pick = max if depth[v] % 2 == 0 else min
            value[v] = pick(value[c] for c in children[v])
    print(value[1])


main()
