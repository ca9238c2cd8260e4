import sys


def ones_below(n):
    """Total popcount of 0..n-1: bit b is set in (n // 2^(b+1)) * 2^b full blocks plus a partial one."""
    total, bit = 0, 0
    while (1 << bit) <= n:
        block = 1 << (bit + 1)
        total += n // block * (block >> 1) + max(0, n % block - (block >> 1))
        bit += 1
    return total


def main():
    left, right = map(int, sys.stdin.read().split())
    print(ones_below(right + 1) - ones_below(left))


main()
