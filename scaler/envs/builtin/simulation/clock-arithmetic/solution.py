import sys


def main():
    data = sys.stdin.read().split()
    hours, minutes = map(int, data[0].split(":"))
    total = hours * 60 + minutes
    m = int(data[1])
    for k in range(m):
        x = int(data[3 + 2 * k])
        total += x if data[2 + 2 * k] == "+" else -x
    total %= 24 * 60  # Python's % is never negative
    print(f"{total // 60:02d}:{total % 60:02d}")


main()
