import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, p = data[0], data[1:]
    seen, cycles = [False] * n, 0
    for start in range(n):  # each cycle of length L needs exactly L - 1 swaps
        if not seen[start]:
            cycles += 1
            i = start
            while not seen[i]:
                seen[i] = True
                i = p[i] - 1
    print(n - cycles)


main()
