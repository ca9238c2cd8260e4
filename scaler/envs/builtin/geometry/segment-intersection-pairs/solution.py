import sys


def orient(a, b, c):
    value = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return (value > 0) - (value < 0)


def on_segment(a, b, p):
    return min(a[0], b[0]) <= p[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= p[1] <= max(a[1], b[1])


def intersect(a, b, c, d):
    o1, o2, o3, o4 = orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)
    if o1 * o2 < 0 and o3 * o4 < 0:
        return True  # a proper crossing
    return ((o1 == 0 and on_segment(a, b, c)) or (o2 == 0 and on_segment(a, b, d))
            or (o3 == 0 and on_segment(c, d, a)) or (o4 == 0 and on_segment(c, d, b)))


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    segments = [((data[1 + 4 * i], data[2 + 4 * i]), (data[3 + 4 * i], data[4 + 4 * i])) for i in range(n)]
    print(sum(intersect(*segments[i], *segments[j]) for i in range(n) for j in range(i + 1, n)))


main()
