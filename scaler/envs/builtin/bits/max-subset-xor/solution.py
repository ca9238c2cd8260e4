import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    basis = []  # kept with distinct leading bits
    for x in data[1 : 1 + data[0]]:
        for b in basis:
            x = min(x, x ^ b)
        if x:
            basis.append(x)
            basis.sort(reverse=True)
    best = 0
    for b in basis:
        best = max(best, best ^ b)
    print(best)


main()
