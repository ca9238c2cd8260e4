import itertools
import sys


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    points = sorted(zip(data[1 : 2 * n + 1 : 2], data[2 : 2 * n + 2 : 2]))
    lower, upper = [], []
    for chain, sequence in ((lower, points), (upper, points[::-1])):
        for p in sequence:
            while len(chain) >= 2 and cross(chain[-2], chain[-1], p) <= 0:
                chain.pop()
            chain.append(p)
    hull = lower[:-1] + upper[:-1]  # the best triangle has its corners on the hull
    print(max(abs(cross(a, b, c)) for a, b, c in itertools.combinations(hull, 3)))


main()
