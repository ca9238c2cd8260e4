import sys


def main():
    n, k = map(int, sys.stdin.read().split())
    row = [1] + [0] * k  # S(i, j) = j * S(i - 1, j) + S(i - 1, j - 1)
    for _ in range(n):
        row = [0] + [(j * row[j] + row[j - 1]) % 1_000_000_007 for j in range(1, k + 1)]
    print(row[k])


main()
