import sys


def binomial_mod(n, k, p):
    """Lucas: multiply C(n_i, k_i) over the base-p digits, each from factorials mod p."""
    fact = [1] * p
    for i in range(1, p):
        fact[i] = fact[i - 1] * i % p
    result = 1
    while n or k:
        a, b = n % p, k % p
        if b > a:
            return 0
        result = result * fact[a] * pow(fact[b] * fact[a - b], p - 2, p) % p
        n, k = n // p, k // p
    return result


def main():
    data = list(map(int, sys.stdin.read().split()))
    print(" ".join(str(binomial_mod(*data[1 + 3 * i : 4 + 3 * i])) for i in range(data[0])))


main()
