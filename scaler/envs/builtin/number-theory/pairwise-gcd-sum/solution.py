import math
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    a = data[1 : 1 + data[0]]
    print(sum(math.gcd(a[i], a[j]) for i in range(len(a)) for j in range(i + 1, len(a))))


main()
