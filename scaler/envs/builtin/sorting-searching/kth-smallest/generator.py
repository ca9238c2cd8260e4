def generate(params, rng):
    n = params["n"]
    high = rng.choice([20, 100, 1000])
    a = [rng.randint(1, high) for _ in range(n)]
    k = rng.randint(1, n)
    return f"{n} {k}\n{' '.join(map(str, a))}\n", {"n": n, "k": k, "a": a}
