import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, a = data[0], data[1:]
    # lead[l] = best (mover's total - other's total) on the current window length starting at l
    lead = a[:]
    for length in range(2, n + 1):
        lead = [max(a[l] - lead[l + 1], a[l + length - 1] - lead[l]) for l in range(n - length + 1)]
    print((sum(a) + lead[0]) // 2)


main()
