import bisect
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, q = data[0], data[1]
    a = sorted(data[2 : 2 + n])
    rest = data[2 + n :]
    counts = [bisect.bisect_right(a, rest[2 * k + 1]) - bisect.bisect_left(a, rest[2 * k]) for k in range(q)]
    print(" ".join(map(str, counts)))


main()
