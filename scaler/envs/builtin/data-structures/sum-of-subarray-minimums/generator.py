def generate(params, rng):
    n = params["n"]
    a = [rng.randint(1, rng.choice([10, 100])) for _ in range(n)]
    return f"{n}\n{' '.join(map(str, a))}\n", {"n": n, "a": a}
