import math


def generate(params, rng):
    n = params["n"]
    k = rng.randint(1, math.factorial(n))
    return f"{n} {k}\n", {"n": n, "k": k}
