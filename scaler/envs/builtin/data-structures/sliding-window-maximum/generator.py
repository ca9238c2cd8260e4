def generate(params, rng):
    n = params["n"]
    k = rng.randint(1, max(1, n // 3)) if rng.random() < 0.8 else rng.randint(1, n)
    a = [rng.randint(-99, 99) for _ in range(n)]
    return f"{n} {k}\n{' '.join(map(str, a))}\n", {"n": n, "k": k, "a": a}
