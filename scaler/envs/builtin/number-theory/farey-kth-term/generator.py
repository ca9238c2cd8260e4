import math


def generate(params, rng):
    n = params["n"]
    length = sum(1 for b in range(1, n + 1) for a in range(b + 1) if math.gcd(a, b) == 1)
    k = rng.randint(1, length - 1) if rng.random() < 0.95 else length
    return f"{n} {k}\n", {"n": n, "k": k}
