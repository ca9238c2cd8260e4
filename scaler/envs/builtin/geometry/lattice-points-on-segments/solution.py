import math
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    covered = set()
    for k in range(data[0]):
        x1, y1, x2, y2 = data[1 + 4 * k : 5 + 4 * k]
        g = math.gcd(x2 - x1, y2 - y1)
        dx, dy = (x2 - x1) // g, (y2 - y1) // g
        covered.update((x1 + i * dx, y1 + i * dy) for i in range(g + 1))
    print(len(covered))


main()
