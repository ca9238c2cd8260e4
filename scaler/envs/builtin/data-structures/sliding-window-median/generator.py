def generate(params, rng):
    n = params["n"]
    k = rng.randint(1, max(1, n // 2))
    a = [rng.randint(-99, 99) for _ in range(n)]
    return f"{n} {k}\n{' '.join(map(str, a))}\n", {"n": n, "k": k, "a": a}
