import sys


def main():
    n, k = map(int, sys.stdin.read().split())
    ways = [1] + [0] * n  # coin-change counting with coins 1..k
    for part in range(1, k + 1):
        for total in range(part, n + 1):
            ways[total] += ways[total - part]
    print(ways[n] % 1_000_000_007)


main()
