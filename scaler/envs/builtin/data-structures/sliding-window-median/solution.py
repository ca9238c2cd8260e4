import bisect
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, k, a = data[0], data[1], data[2:]
    window = sorted(a[:k])  # kept sorted as the window slides
    medians = [window[(k - 1) // 2]]
    for i in range(k, n):
        window.pop(bisect.bisect_left(window, a[i - k]))
        bisect.insort(window, a[i])
        medians.append(window[(k - 1) // 2])
    print(" ".join(map(str, medians)))


main()
