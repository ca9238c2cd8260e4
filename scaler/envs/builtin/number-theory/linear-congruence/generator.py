def generate(params, rng):
    q = params["q"]
    rows = []
    for _ in range(q):
        m = rng.randint(2, 1000)
        a = rng.randrange(m)
        b = a * rng.randrange(m) % m if rng.random() < 0.8 else rng.randrange(m)  # mostly solvable
        rows.append((a, b, m))
    text = f"{q}\n" + "".join(f"{a} {b} {m}\n" for a, b, m in rows)
    return text, {"q": q, "congruences": [list(row) for row in rows]}
