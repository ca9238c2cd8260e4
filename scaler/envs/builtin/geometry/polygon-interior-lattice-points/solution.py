import math
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    points = list(zip(data[1 : 2 * n + 1 : 2], data[2 : 2 * n + 2 : 2]))
    edges = list(zip(points, points[1:] + points[:1]))
    twice_area = abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in edges))
    boundary = sum(math.gcd(x2 - x1, y2 - y1) for (x1, y1), (x2, y2) in edges)
    print((twice_area - boundary + 2) // 2)  # Pick: A = I + B/2 - 1


main()
