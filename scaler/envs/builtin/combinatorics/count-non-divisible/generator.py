def generate(params, rng):
    m = params["m"]
    n = rng.randint(1, 1000000)
    a = [rng.randint(2, rng.choice([12, 40, 100])) for _ in range(m)]
    return f"{n} {m}\n{' '.join(map(str, a))}\n", {"N": n, "a": a}
