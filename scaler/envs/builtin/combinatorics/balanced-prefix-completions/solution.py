import sys

MOD = 1_000_000_007


def main():
    n_text, s = sys.stdin.read().split()
    n, s = int(n_text), "" if s == "-" else s
    depth = s.count("(") - s.count(")")
    steps = 2 * n - len(s)
    ups = (steps - depth) // 2  # '(' still to place
    fact = [1] * (steps + 1)
    for i in range(1, steps + 1):
        fact[i] = fact[i - 1] * i % MOD

    def choose(a, b):
        return 0 if b < 0 or b > a else fact[a] * pow(fact[b] * fact[a - b], MOD - 2, MOD) % MOD

    # reflection principle: paths from height depth to 0 that never go below 0
    print((choose(steps, ups) - choose(steps, ups - 1)) % MOD)


main()
