import sys


def next_same_popcount(x):
    lowest = x & -x
    ripple = x + lowest  # carries the lowest block of ones one place left
    ones = x ^ ripple
    return ripple | (ones >> 2) // lowest  # the remaining ones go back to the bottom


def main():
    data = list(map(int, sys.stdin.read().split()))
    print(" ".join(str(next_same_popcount(x)) for x in data[1 : 1 + data[0]]))


main()
