import sys


def inside(polygon, px, py):
    crossings = 0
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1]):
        side = (x2 - x1) * (py - y1) - (y2 - y1) * (px - x1)  # > 0: the point is left of the edge
        if side == 0 and min(x1, x2) <= px <= max(x1, x2) and min(y1, y2) <= py <= max(y1, y2):
            return True  # on the boundary
        if (y1 > py) != (y2 > py) and (side > 0) == (y2 > y1):
            crossings += 1  # the edge crosses the rightward horizontal ray from the point
    return crossings % 2 == 1


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, q = data[0], data[1]
    points = list(zip(data[2::2], data[3::2]))
    polygon, queries = points[:n], points[n : n + q]
    print(sum(inside(polygon, x, y) for x, y in queries))


main()
