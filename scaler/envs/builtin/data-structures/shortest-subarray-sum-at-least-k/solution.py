import sys
from collections import deque


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, k = data[0], data[1]
    prefix = [0]
    for x in data[2 : 2 + n]:
        prefix.append(prefix[-1] + x)
    best = n + 1
    candidates = deque()  # start indices with increasing prefix sums
    for j, p in enumerate(prefix):
        while candidates and p - prefix[candidates[0]] >= k:
            best = min(best, j - candidates.popleft())
        while candidates and prefix[candidates[-1]] >= p:
            candidates.pop()
        candidates.append(j)
    print(best if best <= n else -1)


main()
