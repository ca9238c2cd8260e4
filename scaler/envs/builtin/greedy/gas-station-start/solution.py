import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    d = [g - c for g, c in zip(data[1 : 1 + n], data[1 + n : 1 + 2 * n])]
    prefix = [0]
    for x in d:
        prefix.append(prefix[-1] + x)
    total = prefix[n]
    if total < 0:
        print(-1)
        return
    # start s works iff prefix[s] <= prefix[j] for j > s and prefix[s] <= prefix[j] + total for 1 <= j <= s
    suffix_min = prefix[:]
    for j in range(n - 1, -1, -1):
        suffix_min[j] = min(prefix[j], suffix_min[j + 1])
    prefix_min = float("inf")
    for s in range(n):
        if s > 0:
            prefix_min = min(prefix_min, prefix[s])
        if prefix[s] <= suffix_min[s + 1] and prefix[s] <= prefix_min + total:
            print(s + 1)
            return


main()
