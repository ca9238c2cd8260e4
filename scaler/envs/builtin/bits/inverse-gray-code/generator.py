def generate(params, rng):
    n = params["n"]
    codes = [rng.randrange(rng.choice([16, 256, 65536])) for _ in range(n)]
    return f"{n}\n{' '.join(map(str, codes))}\n", {"n": n, "codes": codes}
