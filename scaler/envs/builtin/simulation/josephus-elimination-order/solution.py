import sys


def main():
    n, k = map(int, sys.stdin.read().split())
    circle, at, order = list(range(1, n + 1)), 0, []
    while circle:
        at = (at + k - 1) % len(circle)  # the list index of the person who leaves
        order.append(circle.pop(at))
    print(" ".join(map(str, order)))


main()
