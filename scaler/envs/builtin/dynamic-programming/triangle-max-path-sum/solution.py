import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, values = data[0], data[1:]
    rows = [values[i * (i + 1) // 2 : (i + 1) * (i + 2) // 2] for i in range(n)]
    best = rows[-1]
    for row in reversed(rows[:-1]):  # bottom-up: each number adds the better of its two children
        best = [x + max(best[j], best[j + 1]) for j, x in enumerate(row)]
    print(best[0])


main()
