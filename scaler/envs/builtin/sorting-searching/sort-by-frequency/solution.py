import sys
from collections import Counter


def main():
    data = list(map(int, sys.stdin.read().split()))
    count = Counter(data[1 : 1 + data[0]])
    print(" ".join(map(str, sorted(count.elements(), key=lambda x: (-count[x], x)))))


main()
