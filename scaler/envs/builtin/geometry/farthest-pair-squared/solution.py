import sys


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    points = sorted(zip(data[1 : 2 * n + 1 : 2], data[2 : 2 * n + 2 : 2]))
    lower, upper = [], []
    for chain, sequence in ((lower, points), (upper, points[::-1])):
        for p in sequence:
            while len(chain) >= 2 and cross(chain[-2], chain[-1], p) <= 0:
                chain.pop()
            chain.append(p)
    hull = lower[:-1] + upper[:-1]

    def dist(a, b):
        return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2

    if len(hull) <= 2:
        print(dist(hull[0], hull[-1]))
        return
    h, best, j = len(hull), 0, 1
    for i in range(h):  # rotating calipers: the antipodal point advances monotonically
        a, b = hull[i], hull[(i + 1) % h]
        while cross(a, b, hull[(j + 1) % h]) > cross(a, b, hull[j]):
            j = (j + 1) % h
        best = max(best, dist(a, hull[j]), dist(b, hull[j]))
    print(best)


main()
