def generate(params, rng):
    q = params["q"]
    rows = [(rng.choice([rng.randint(1, 100), rng.randint(1, 100000)]), rng.randint(2, 100)) for _ in range(q)]
    text = f"{q}\n" + "".join(f"{n} {b}\n" for n, b in rows)
    return text, {"q": q, "queries": [list(row) for row in rows]}
