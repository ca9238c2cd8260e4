import math
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, perm = data[0], data[1:]
    rank = 1
    for i, v in enumerate(perm):
        smaller_later = sum(1 for w in perm[i + 1 :] if w < v)  # the Lehmer code digit
        rank += smaller_later * math.factorial(n - 1 - i)
    print(rank)


main()
