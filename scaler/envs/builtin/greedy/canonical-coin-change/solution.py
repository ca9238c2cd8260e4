import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    m, q = data[0], data[1]
    coins = sorted(data[2 : 2 + m], reverse=True)
    counts = []
    for amount in data[2 + m : 2 + m + q]:  # greedy: largest coin first (optimal for these systems)
        used = 0
        for c in coins:
            used += amount // c
            amount %= c
        counts.append(used)
    print(" ".join(map(str, counts)))


main()
