import sys


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    index = {(data[1 + 2 * i], data[2 + 2 * i]): i + 1 for i in range(n)}
    points = sorted(index)
    lower, upper = [], []  # Andrew's monotone chain; collinear points are popped
    for p in points:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(points):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    print(" ".join(str(index[p]) for p in lower[:-1] + upper[:-1]))


main()
