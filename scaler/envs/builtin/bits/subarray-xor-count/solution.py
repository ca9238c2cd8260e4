import sys
from collections import Counter


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, k = data[0], data[1]
    seen, prefix, count = Counter({0: 1}), 0, 0
    for x in data[2 : 2 + n]:
        prefix ^= x
        count += seen[prefix ^ k]  # earlier prefixes p with p XOR prefix == k
        seen[prefix] += 1
    print(count)


main()
