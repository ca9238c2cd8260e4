import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    a = data[1 : 1 + data[0]]
    half = sum(a) // 2
    ways = [1] + [0] * half  # ways[s]: subsets of the elements seen so far with sum s
    for x in a:
        for s in range(half, x - 1, -1):
            ways[s] += ways[s - x]
    print(ways[half])


main()
