def generate(params, rng):
    n = rng.randint(max(1, params["n"] // 2), params["n"])
    k = rng.randint(1, n)
    return f"{n} {k}\n", {"n": n, "k": k}
