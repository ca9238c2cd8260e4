import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, p = data[0], data[1:]
    best = [0] * (n + 1)  # best[x]: largest price for a rod of length x
    for x in range(1, n + 1):
        best[x] = max(p[i - 1] + best[x - i] for i in range(1, x + 1))
    print(best[n])


main()
