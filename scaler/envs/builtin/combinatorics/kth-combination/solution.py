import math
import sys


def main():
    n, r, k = map(int, sys.stdin.read().split())
    chosen, value = [], 1
    while len(chosen) < r:
        with_value = math.comb(n - value, r - len(chosen) - 1)  # subsets whose next element is value
        if k <= with_value:
            chosen.append(value)
        else:
            k -= with_value
        value += 1
    print(" ".join(map(str, chosen)))


main()
