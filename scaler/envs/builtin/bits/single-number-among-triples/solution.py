import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    a = data[1 : 1 + data[0]]
    # every bit of the single value is set in (number of list entries with that bit) mod 3 == 1
    print(sum(1 << bit for bit in range(14) if sum(x >> bit & 1 for x in a) % 3))


main()
