import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    rects = [data[1 + 4 * i : 5 + 4 * i] for i in range(n)]
    # a deepest point can be taken at a left edge x1 and a bottom edge y1 of some rectangles
    xs, ys = sorted({r[0] for r in rects}), sorted({r[1] for r in rects})
    print(max(sum(x1 <= x <= x2 and y1 <= y <= y2 for x1, y1, x2, y2 in rects) for x in xs for y in ys))


main()
