import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    rects = [data[1 + 4 * i : 5 + 4 * i] for i in range(n)]
    xs = sorted({r[0] for r in rects} | {r[2] for r in rects})
    ys = sorted({r[1] for r in rects} | {r[3] for r in rects})
    # covered[i][j]: the compressed cell [xs[i], xs[i+1]] x [ys[j], ys[j+1]] lies inside some rectangle
    def inside(i, j):
        return any(x1 <= xs[i] and xs[i + 1] <= x2 and y1 <= ys[j] and ys[j + 1] <= y2 for x1, y1, x2, y2 in rects)

    covered = [[inside(i, j) for j in range(len(ys) - 1)] for i in range(len(xs) - 1)]

    def at(i, j):
        return 0 <= i < len(xs) - 1 and 0 <= j < len(ys) - 1 and covered[i][j]

    perimeter = 0
    for i in range(len(xs) - 1):  # every side where a covered cell meets an uncovered one
        for j in range(len(ys) - 1):
            if covered[i][j]:
                perimeter += (ys[j + 1] - ys[j]) * ((not at(i - 1, j)) + (not at(i + 1, j)))
                perimeter += (xs[i + 1] - xs[i]) * ((not at(i, j - 1)) + (not at(i, j + 1)))
    print(perimeter)


main()
