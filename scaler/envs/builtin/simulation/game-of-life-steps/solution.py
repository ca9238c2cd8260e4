import sys
from collections import Counter


def main():
    data = sys.stdin.read().split()
    r, c, t = map(int, data[:3])
    alive = {(i, j) for i, row in enumerate(data[3 : 3 + r]) for j, cell in enumerate(row) if cell == "#"}
    for _ in range(t):
        counts = Counter((i + di, j + dj) for i, j in alive for di in (-1, 0, 1) for dj in (-1, 0, 1) if di or dj)
        alive = {(i, j) for (i, j), k in counts.items()
                 if 0 <= i < r and 0 <= j < c and (k == 3 or (k == 2 and (i, j) in alive))}
    print(len(alive))


main()
