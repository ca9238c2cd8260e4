import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    count = 0
    for k in range(data[0]):
        x1, y1, x2, y2, x3, y3 = data[1 + 6 * k : 7 + 6 * k]
        sides = [x1 * y2 - y1 * x2, x2 * y3 - y2 * x3, x3 * y1 - y3 * x1]  # orientation of O against each edge
        count += all(s > 0 for s in sides) or all(s < 0 for s in sides)
    print(count)


main()
