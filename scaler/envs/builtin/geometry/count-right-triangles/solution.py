import math
import sys
from collections import Counter


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    points = list(zip(data[1 : 2 * n + 1 : 2], data[2 : 2 * n + 2 : 2]))
    total = 0
    for px, py in points:  # count pairs of perpendicular directions leaving each vertex
        directions = Counter()
        for qx, qy in points:
            if (qx, qy) != (px, py):
                dx, dy = qx - px, qy - py
                g = math.gcd(dx, dy)
                directions[dx // g, dy // g] += 1
        total += sum(count * directions[-dy, dx] for (dx, dy), count in directions.items())
    print(total)


main()
