import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, k, a = data[0], data[1], data[2:]
    basis = []  # distinct leading bits, largest first
    for x in a:
        for b in basis:
            x = min(x, x ^ b)
        if x:
            basis.append(x)
            basis.sort(reverse=True)
    for b in basis:
        k = min(k, k ^ b)
    # k is reachable iff it reduces to 0; then each of the 2^(n - rank) free choices gives one subset
    print(pow(2, n - len(basis), 1_000_000_007) if k == 0 else 0)


main()
