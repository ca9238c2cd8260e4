import sys


def trailing_zeros(n, b):
    best, p = None, 2
    while b > 1:
        e = 0
        while b % p == 0:
            b //= p
            e += 1
        if e:
            power, in_factorial = p, 0
            while power <= n:  # Legendre: floor(n/p) + floor(n/p^2) + ...
                in_factorial += n // power
                power *= p
            best = in_factorial // e if best is None else min(best, in_factorial // e)
        p += 1
    return best


def main():
    data = list(map(int, sys.stdin.read().split()))
    print(" ".join(str(trailing_zeros(data[1 + 2 * i], data[2 + 2 * i])) for i in range(data[0])))


main()
