import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    merged = []
    for left, right in sorted(zip(data[1 : 1 + 2 * n : 2], data[2 : 2 + 2 * n : 2])):
        if merged and left <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], right)
        else:
            merged.append([left, right])
    print(" ".join(f"{l} {r}" for l, r in merged))


main()
