import sys
from collections import deque


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, m = data[0], data[1]
    adjacent = [[] for _ in range(n + 1)]
    for k in range(m):
        u, v = data[2 + 2 * k], data[3 + 2 * k]
        adjacent[u].append(v)
        adjacent[v].append(u)
    colour = [-1] * (n + 1)
    white = 0
    for s in range(1, n + 1):
        if colour[s] != -1:
            continue
        colour[s] = 0
        count = [1, 0]
        queue = deque([s])
        while queue:
            u = queue.popleft()
            for v in adjacent[u]:
                if colour[v] == -1:
                    colour[v] = 1 - colour[u]
                    count[colour[v]] += 1
                    queue.append(v)
        white += max(count)
    print(white)


main()
