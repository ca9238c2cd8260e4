import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    best = current = None
    for x in map(int, data[1 : 1 + n]):
        current = x if current is None or current < 0 else current + x
        best = current if best is None else max(best, current)
    print(best)


main()
