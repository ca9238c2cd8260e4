import sys
from functools import reduce
from operator import xor


def grundy_values(limit):
    g = [0] * (limit + 1)
    for size in range(1, limit + 1):
        reachable = {g[left] for left in range(size)}  # removals leave 0..size-1 stones
        reachable |= {g[x] ^ g[size - x] for x in range(1, size // 2 + 1)}  # splits
        g[size] = next(v for v in range(len(reachable) + 1) if v not in reachable)
    return g


def main():
    data = list(map(int, sys.stdin.read().split()))
    piles = data[1 : 1 + data[0]]
    g = grundy_values(max(piles))
    print(reduce(xor, (g[a] for a in piles), 0))


main()
