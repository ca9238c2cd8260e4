import sys
from functools import lru_cache


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, m = data[0], data[1]
    successors = [[] for _ in range(n + 1)]
    for k in range(m):
        successors[data[2 + 2 * k]].append(data[3 + 2 * k])

    @lru_cache(maxsize=None)
    def grundy(u):
        seen = {grundy(v) for v in successors[u]}
        return next(g for g in range(len(seen) + 1) if g not in seen)

    print(" ".join(str(grundy(u)) for u in range(1, n + 1)))


main()
