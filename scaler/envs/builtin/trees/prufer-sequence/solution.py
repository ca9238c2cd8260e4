import heapq
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    neighbours = [set() for _ in range(n + 1)]
    for k in range(n - 1):
        u, v = data[1 + 2 * k], data[2 + 2 * k]
        neighbours[u].add(v)
        neighbours[v].add(u)
    leaves = [v for v in range(1, n + 1) if len(neighbours[v]) == 1]
    heapq.heapify(leaves)
    sequence = []
    for _ in range(n - 2):
        leaf = heapq.heappop(leaves)
        (other,) = neighbours[leaf]
        sequence.append(other)
        neighbours[other].discard(leaf)
        if len(neighbours[other]) == 1:
            heapq.heappush(leaves, other)
    print(" ".join(map(str, sequence)))


main()
