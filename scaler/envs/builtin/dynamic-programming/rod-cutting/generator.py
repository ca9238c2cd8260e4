def generate(params, rng):
    n = params["n"]
    rate = rng.randint(5, 20)
    bend = rng.choice([0.8, 0.9, 1.0, 1.1])  # below 1 long pieces are worth less per unit, above 1 more
    prices = [min(3000, max(1, round(rate * i ** bend * rng.uniform(0.7, 1.3)))) for i in range(1, n + 1)]
    return f"{n}\n{' '.join(map(str, prices))}\n", {"n": n, "p": prices}
