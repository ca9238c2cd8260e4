import math
import sys


def solve(a, b, m):
    g = math.gcd(a, m)
    if b % g:
        return -1
    a, b, m = a // g, b // g, m // g
    return b * pow(a, -1, m) % m if m > 1 else 0


def main():
    data = list(map(int, sys.stdin.read().split()))
    print(" ".join(str(solve(*data[1 + 3 * i : 4 + 3 * i])) for i in range(data[0])))


main()
