import math
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    print(math.lcm(*data[1 : 1 + data[0]]) % 1_000_000_007)


main()
