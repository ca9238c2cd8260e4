def generate(params, rng):
    n = params["n"]
    x = rng.sample(range(1001), n)
    c = rng.randint(2, max(2, min(n, rng.choice([4, 12, 40, n]))))
    return f"{n} {c}\n{' '.join(map(str, x))}\n", {"n": n, "c": c, "x": x}
