def generate(params, rng):
    q = params["q"]
    xs = [rng.randint(1, rng.choice([64, 1000, 99999])) for _ in range(q)]
    return f"{q}\n{' '.join(map(str, xs))}\n", {"x": xs}
