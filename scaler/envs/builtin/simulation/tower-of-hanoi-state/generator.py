def generate(params, rng):
    n = params["n"]
    k = rng.randint(0, 2**n - 1)
    return f"{n} {k}\n", {"n": n, "k": k}
