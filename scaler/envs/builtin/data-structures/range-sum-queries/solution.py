import itertools
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, q = data[0], data[1]
    prefix = [0, *itertools.accumulate(data[2 : 2 + n])]
    bounds = data[2 + n :]
    print(" ".join(str(prefix[bounds[2 * k + 1]] - prefix[bounds[2 * k] - 1]) for k in range(q)))


main()
