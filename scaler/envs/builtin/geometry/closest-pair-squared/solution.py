import bisect
import math
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    points = sorted(zip(data[1 : 2 * n + 1 : 2], data[2 : 2 * n + 2 : 2]))
    best = (points[0][0] - points[1][0]) ** 2 + (points[0][1] - points[1][1]) ** 2
    window, left = [], 0  # sweep by x; window holds (y, x) of earlier points within sqrt(best) in x, sorted
    for x, y in points:
        while (x - points[left][0]) ** 2 > best:
            window.remove((points[left][1], points[left][0]))
            left += 1
        reach = math.isqrt(best)
        low, high = bisect.bisect_left(window, (y - reach,)), bisect.bisect_right(window, (y + reach, math.inf))
        for wy, wx in window[low:high]:
            best = min(best, (wx - x) ** 2 + (wy - y) ** 2)
        bisect.insort(window, (y, x))
    print(best)


main()
