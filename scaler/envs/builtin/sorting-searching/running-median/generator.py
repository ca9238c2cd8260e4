def generate(params, rng):
    n = params["n"]
    high = rng.choice([50, 1000])
    a = [rng.randint(1, high) for _ in range(n)]
    return f"{n}\n{' '.join(map(str, a))}\n", {"n": n, "a": a}
