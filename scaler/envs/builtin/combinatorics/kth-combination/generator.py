import math


def generate(params, rng):
    n = params["n"]
    r = rng.randint(1, n)
    k = rng.randint(1, math.comb(n, r))
    return f"{n} {r} {k}\n", {"n": n, "r": r, "k": k}
