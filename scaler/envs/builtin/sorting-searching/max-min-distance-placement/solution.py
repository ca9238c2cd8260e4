import sys


def fits(x, c, gap):
    """Whether c cows fit with every distance at least gap (greedy: take the leftmost usable stall)."""
    placed, last = 1, x[0]
    for pos in x[1:]:
        if pos - last >= gap:
            placed, last = placed + 1, pos
    return placed >= c


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, c = data[0], data[1]
    x = sorted(data[2 : 2 + n])
    low, high = 1, x[-1] - x[0]  # binary search on the answer: fits() is monotone in gap
    while low < high:
        mid = (low + high + 1) // 2
        low, high = (mid, high) if fits(x, c, mid) else (low, mid - 1)
    print(low)


main()
