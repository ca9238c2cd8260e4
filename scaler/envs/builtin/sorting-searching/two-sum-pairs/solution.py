import sys
from collections import Counter


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, t = data[0], data[1]
    seen, pairs = Counter(), 0
    for x in data[2 : 2 + n]:  # each element pairs with every earlier partner T - x
        pairs += seen[t - x]
        seen[x] += 1
    print(pairs)


main()
