import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, capacity = data[0], data[1]
    best = [0] * (capacity + 1)  # best[c]: the largest value with total weight at most c
    for i in range(n):
        w, v = data[2 + 2 * i], data[3 + 2 * i]
        if w <= capacity:
            best = best[:w] + [max(keep, take + v) for keep, take in zip(best[w:], best)]
    print(best[capacity])


main()
