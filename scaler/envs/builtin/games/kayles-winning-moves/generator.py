def generate(params, rng):
    n = params["n"]
    rows = [rng.randint(1, rng.choice([6, 20, 60])) for _ in range(n)]
    return f"{n}\n{' '.join(map(str, rows))}\n", {"rows": rows}
