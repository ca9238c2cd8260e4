import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    rects = [data[1 + 4 * i : 5 + 4 * i] for i in range(n)]
    xs = sorted({r[0] for r in rects} | {r[2] for r in rects})
    area = 0
    for left, right in zip(xs, xs[1:]):  # in each vertical strip, merge the covered y-intervals
        spans = sorted((r[1], r[3]) for r in rects if r[0] <= left and right <= r[2])
        covered, top = 0, None
        for lo, hi in spans:
            if top is None or lo > top:
                covered, top = covered + hi - lo, hi
            elif hi > top:
                covered, top = covered + hi - top, hi
        area += covered * (right - left)
    print(area)


main()
