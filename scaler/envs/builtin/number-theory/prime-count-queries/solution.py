import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    limit = 10000
    is_prime = [False, False] + [True] * (limit - 1)
    for p in range(2, int(limit**0.5) + 1):
        if is_prime[p]:
            is_prime[p * p :: p] = [False] * len(range(p * p, limit + 1, p))
    prefix = [0] * (limit + 1)
    for x in range(1, limit + 1):
        prefix[x] = prefix[x - 1] + is_prime[x]
    pairs = data[1:]
    print(" ".join(str(prefix[pairs[i + 1]] - prefix[pairs[i] - 1]) for i in range(0, len(pairs), 2)))


main()
