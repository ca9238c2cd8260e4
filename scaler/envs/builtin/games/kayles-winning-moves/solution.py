import sys
from functools import reduce
from operator import xor

LIMIT = 60


def kayles_values():
    g = [0] * (LIMIT + 1)
    for length in range(1, LIMIT + 1):
        reachable = set()
        for taken in (1, 2):  # knock `taken` pins, leaving rows of `left` and the rest
            for left in range(length - taken + 1):
                reachable.add(g[left] ^ g[length - taken - left])
        g[length] = next(v for v in range(len(reachable) + 1) if v not in reachable)
    return g


def main():
    data = list(map(int, sys.stdin.read().split()))
    rows, g = data[1 : 1 + data[0]], kayles_values()
    total = reduce(xor, (g[r] for r in rows), 0)
    wins = 0
    for r in rows:
        rest = total ^ g[r]  # the nim-sum of the other rows must be matched by what is left here
        wins += sum(g[left] ^ g[r - taken - left] == rest for taken in (1, 2) for left in range(r - taken + 1))
    print(wins)


main()
