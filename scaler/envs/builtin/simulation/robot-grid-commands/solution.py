import sys

STEPS = [(-1, 0), (0, 1), (1, 0), (0, -1)]  # north, east, south, west: clockwise


def main():
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    grid, commands = data[2 : 2 + r], data[2 + r]
    row, col, facing = 0, 0, 0
    for command in commands:
        if command == "L":
            facing = (facing + 3) % 4
        elif command == "R":
            facing = (facing + 1) % 4
        else:
            a, b = row + STEPS[facing][0], col + STEPS[facing][1]
            if 0 <= a < r and 0 <= b < c and grid[a][b] == ".":
                row, col = a, b
    print(row + 1, col + 1)


main()
