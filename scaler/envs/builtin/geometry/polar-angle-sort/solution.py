import functools
import sys


def compare(p, q):
    half_p, half_q = p[1] < 0 or (p[1] == 0 and p[0] < 0), q[1] < 0 or (q[1] == 0 and q[0] < 0)
    if half_p != half_q:
        return 1 if half_p else -1  # the upper half-plane [0, 180) comes first
    cross = p[0] * q[1] - p[1] * q[0]
    if cross:
        return -1 if cross > 0 else 1
    return (p[0] ** 2 + p[1] ** 2) - (q[0] ** 2 + q[1] ** 2)


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    points = [(data[1 + 2 * i], data[2 + 2 * i], i + 1) for i in range(n)]
    points.sort(key=functools.cmp_to_key(compare))
    print(" ".join(str(p[2]) for p in points))


main()
