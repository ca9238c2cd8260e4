import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    points = list(zip(data[1 : 2 * n + 1 : 2], data[2 : 2 * n + 2 : 2]))
    sums = [x + y for x, y in points]  # |dx| + |dy| = max(|d(x + y)|, |d(x - y)|)
    differences = [x - y for x, y in points]
    print(max(max(sums) - min(sums), max(differences) - min(differences)))


main()
