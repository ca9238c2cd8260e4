import sys
from collections import deque


def main():
    data = sys.stdin.read().split()
    rows, cols = int(data[0]), int(data[1])
    grid = data[2 : 2 + rows]
    cells = [(r, c) for r in range(rows) for c in range(cols)]
    start = next(cell for cell in cells if grid[cell[0]][cell[1]] == "S")
    target = next(cell for cell in cells if grid[cell[0]][cell[1]] == "T")
    dist = {start: 0}
    queue = deque([start])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[nr, nc] = dist[r, c] + 1
                queue.append((nr, nc))
    print(dist.get(target, -1))


main()
