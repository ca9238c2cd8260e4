import sys
from collections import deque


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, m = data[0], data[1]
    capacity = [[0] * (n + 1) for _ in range(n + 1)]
    for k in range(m):
        u, v, c = data[2 + 3 * k : 5 + 3 * k]
        capacity[u][v] += c
    flow = 0
    while True:  # Edmonds-Karp: augment along a shortest residual path
        previous = [0] * (n + 1)
        previous[1] = 1
        queue = deque([1])
        while queue and not previous[n]:
            u = queue.popleft()
            for v in range(1, n + 1):
                if not previous[v] and capacity[u][v] > 0:
                    previous[v] = u
                    queue.append(v)
        if not previous[n]:
            break
        push, v = float("inf"), n
        while v != 1:
            push, v = min(push, capacity[previous[v]][v]), previous[v]
        v = n
        while v != 1:
            capacity[previous[v]][v] -= push
            capacity[v][previous[v]] += push
            v = previous[v]
        flow += push
    print(flow)


main()
