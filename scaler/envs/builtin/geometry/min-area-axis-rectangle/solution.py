import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    points = list(zip(data[1 : 2 * n + 1 : 2], data[2 : 2 * n + 2 : 2]))
    present = set(points)
    best = 0
    for i, (x1, y1) in enumerate(points):  # every pair as opposite corners
        for x2, y2 in points[i + 1 :]:
            if x1 != x2 and y1 != y2 and (x1, y2) in present and (x2, y1) in present:
                area = abs(x1 - x2) * abs(y1 - y2)
                best = area if best == 0 else min(best, area)
    print(best)


main()
