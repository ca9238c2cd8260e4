import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    t, b = data[0], data[1]
    black = {(data[2 + 2 * i], data[3 + 2 * i]) for i in range(b)}
    x = y = 0
    dx, dy = 0, 1  # facing up
    for _ in range(t):
        if (x, y) in black:
            dx, dy = -dy, dx  # left turn
            black.remove((x, y))
        else:
            dx, dy = dy, -dx  # right turn
            black.add((x, y))
        x, y = x + dx, y + dy
    print(len(black))


main()
