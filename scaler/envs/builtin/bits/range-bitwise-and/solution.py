import sys


def range_and(left, right):
    shift = 0
    while left != right:  # the answer is the common binary prefix of L and R
        left, right, shift = left >> 1, right >> 1, shift + 1
    return left << shift


def main():
    data = list(map(int, sys.stdin.read().split()))
    print(" ".join(str(range_and(data[1 + 2 * i], data[2 + 2 * i])) for i in range(data[0])))


main()
