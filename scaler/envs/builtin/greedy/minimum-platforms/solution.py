import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    events = []  # an arrival at t sorts before a departure at t, since the ranges are closed
    for a, d in zip(data[1 : 1 + 2 * n : 2], data[2 : 2 + 2 * n : 2]):
        events += [(a, 0), (d, 1)]
    busy = best = 0
    for _, kind in sorted(events):
        busy += 1 if kind == 0 else -1
        best = max(best, busy)
    print(best)


main()
