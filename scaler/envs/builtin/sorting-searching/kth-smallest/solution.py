import random
import sys


def select(a, k):
    """The k-th smallest (1-based) element of a, by quickselect with a fixed-seed pivot choice."""
    rng = random.Random(0)
    while True:
        pivot = rng.choice(a)
        lower = [x for x in a if x < pivot]
        equal = sum(1 for x in a if x == pivot)
        if k <= len(lower):
            a = lower
        elif k <= len(lower) + equal:
            return pivot
        else:
            k -= len(lower) + equal
            a = [x for x in a if x > pivot]


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, k = data[0], data[1]
    print(select(data[2 : 2 + n], k))


main()
