import sys


def blocks_needed(a, limit):
    """The fewest blocks whose totals stay within limit (greedy: extend each block while it fits)."""
    blocks, total = 1, 0
    for x in a:
        if total + x > limit:
            blocks, total = blocks + 1, 0
        total += x
    return blocks


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, k = data[0], data[1]
    a = data[2 : 2 + n]
    low, high = max(a), sum(a)  # binary search on the time
    while low < high:
        mid = (low + high) // 2
        low, high = (low, mid) if blocks_needed(a, mid) <= k else (mid + 1, high)
    print(low)


main()
