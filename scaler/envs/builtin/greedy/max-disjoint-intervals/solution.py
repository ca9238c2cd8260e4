import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    intervals = sorted(zip(data[1 : 1 + 2 * n : 2], data[2 : 2 + 2 * n : 2]), key=lambda iv: iv[1])
    chosen, last_end = 0, None
    for left, right in intervals:  # greedy: always keep the interval that ends first
        if last_end is None or left > last_end:
            chosen += 1
            last_end = right
    print(chosen)


main()
