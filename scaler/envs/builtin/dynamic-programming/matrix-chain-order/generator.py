def generate(params, rng):
    n = params["n"]
    p = [rng.randint(1, rng.choice([10, 100])) for _ in range(n + 1)]
    return f"{n}\n{' '.join(map(str, p))}\n", {"n": n, "p": p}
