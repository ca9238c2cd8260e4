import sys
from collections import deque


def main():
    tokens = sys.stdin.read().split()
    r, c = int(tokens[0]), int(tokens[1])
    grid = tokens[2 : 2 + r]
    INF = float("inf")
    cost = [[INF] * c for _ in range(r)]
    cost[0][0] = 0
    queue = deque([(0, 0)])  # 0-1 BFS: open cells go to the front, walls to the back
    while queue:
        i, j = queue.popleft()
        for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            if 0 <= a < r and 0 <= b < c:
                step = grid[a][b] == "#"
                if cost[i][j] + step < cost[a][b]:
                    cost[a][b] = cost[i][j] + step
                    if step:
                        queue.append((a, b))
                    else:
                        queue.appendleft((a, b))
    print(cost[r - 1][c - 1])


main()
