def generate(params, rng):
    n = rng.randint(max(1, params["n"] // 2), params["n"])
    k = rng.randint(0, n) if rng.random() < 0.3 else rng.randint(0, min(n, 3))
    return f"{n} {k}\n", {"n": n, "k": k}
