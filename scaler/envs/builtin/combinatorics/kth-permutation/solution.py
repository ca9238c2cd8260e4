import math
import sys


def main():
    n, k = map(int, sys.stdin.read().split())
    remaining, rank, order = list(range(1, n + 1)), k - 1, []
    for i in range(n, 0, -1):
        index, rank = divmod(rank, math.factorial(i - 1))
        order.append(remaining.pop(index))
    print(" ".join(map(str, order)))


main()
