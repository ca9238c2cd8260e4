import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    k = data[0]
    moves, q = data[1 : 1 + k], data[1 + k]
    piles = data[2 + k : 2 + k + q]
    grundy = []
    for x in range(max(piles) + 1):
        reachable = {grundy[x - s] for s in moves if s <= x}
        grundy.append(next(g for g in range(len(moves) + 1) if g not in reachable))
    print(" ".join(str(grundy[x]) for x in piles))


main()
