import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    m, amount = data[0], data[1]
    ways = [1] + [0] * amount  # ways[x]: ways to pay x with the coins seen so far
    for c in data[2 : 2 + m]:
        for x in range(c, amount + 1):
            ways[x] += ways[x - c]
    print(ways[amount])


main()
