def generate(params, rng):
    n = params["n"]
    pool = rng.sample(range(1, 101), rng.randint(1, min(100, max(1, n // 2))))
    weights = [rng.randint(1, 6) for _ in pool]  # uneven weights give a spread of frequencies
    a = rng.choices(pool, weights=weights, k=n)
    return f"{n}\n{' '.join(map(str, a))}\n", {"n": n, "a": a}
