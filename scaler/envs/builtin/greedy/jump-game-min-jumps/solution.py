import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, a = data[0], data[1:]
    jumps, end, farthest = 0, 0, 0  # cells up to `end` are reachable with `jumps` jumps
    for i in range(n - 1):
        farthest = max(farthest, i + a[i])
        if i == end:
            jumps, end = jumps + 1, farthest
    print(jumps)


main()
