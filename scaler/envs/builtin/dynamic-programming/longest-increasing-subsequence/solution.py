import bisect
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    tails = []  # tails[k]: the smallest last element of an increasing subsequence of length k + 1
    for x in map(int, data[1 : 1 + n]):
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    print(len(tails))


main()
