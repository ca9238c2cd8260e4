import math
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    directions = set()  # one visible point per ray from the origin: the nearest
    for x, y in zip(data[1 : 2 * n + 1 : 2], data[2 : 2 * n + 2 : 2]):
        g = math.gcd(x, y)
        directions.add((x // g, y // g))
    print(len(directions))


main()
