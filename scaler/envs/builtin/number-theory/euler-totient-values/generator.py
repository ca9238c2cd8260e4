def generate(params, rng):
    n = params["n"]
    a = [rng.randint(1, 10000) if rng.random() < 0.7 else rng.randint(1, 100) for _ in range(n)]
    return f"{n}\n{' '.join(map(str, a))}\n", {"n": n, "a": a}
