import sys

MOD = 1_000_000_007


def main():
    n, k = map(int, sys.stdin.read().split())
    m = n - k
    derangements = [1, 0] + [0] * m  # D(i) = (i - 1) * (D(i - 1) + D(i - 2))
    for i in range(2, m + 1):
        derangements[i] = (i - 1) * (derangements[i - 1] + derangements[i - 2]) % MOD
    choose = 1
    for i in range(k):
        choose = choose * (n - i) * pow(i + 1, MOD - 2, MOD) % MOD
    print(choose * derangements[m] % MOD)


main()
