import sys
from collections import deque


def main():
    data = list(map(int, sys.stdin.read().split()))
    r, c = data[0], data[1]
    h = [data[2 + i * c : 2 + (i + 1) * c] for i in range(r)]
    unstable = deque((i, j) for i in range(r) for j in range(c) if h[i][j] >= 4)
    topplings = 0
    while unstable:  # a cell may topple several times at once: it sheds 4 grains per toppling
        i, j = unstable.popleft()
        times = h[i][j] // 4
        if not times:
            continue
        h[i][j] -= 4 * times
        topplings += times
        for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
            if 0 <= a < r and 0 <= b < c:
                h[a][b] += times
                if h[a][b] >= 4:
                    unstable.append((a, b))
    print(topplings)


main()
