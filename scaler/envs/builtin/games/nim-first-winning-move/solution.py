import sys
from functools import reduce
from operator import xor


def main():
    data = list(map(int, sys.stdin.read().split()))
    piles = data[1 : 1 + data[0]]
    total = reduce(xor, piles, 0)  # a position is losing exactly when the XOR of the piles is 0
    for i, a in enumerate(piles, start=1):
        if total and a ^ total < a:
            print(i, a - (a ^ total))
            return
    print(0, 0)


main()
