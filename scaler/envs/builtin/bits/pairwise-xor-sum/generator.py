def generate(params, rng):
    n = params["n"]
    a = [rng.randrange(rng.choice([16, 1000, 10000])) for _ in range(n)]
    return f"{n}\n{' '.join(map(str, a))}\n", {"n": n, "a": a}
