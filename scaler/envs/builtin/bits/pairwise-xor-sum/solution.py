import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    a = data[1 : 1 + data[0]]
    total = 0
    for bit in range(14):  # a pair contributes 2^bit when exactly one of its numbers has the bit
        ones = sum(x >> bit & 1 for x in a)
        total += ones * (len(a) - ones) << bit
    print(total)


main()
