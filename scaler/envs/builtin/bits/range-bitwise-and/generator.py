def generate(params, rng):
    q = params["q"]
    rows = []
    for _ in range(q):
        left = rng.randrange(1000000 - 5000)
        rows.append((left, left + rng.randrange(1 << rng.randint(0, 12))))  # short ranges keep high bits
    text = f"{q}\n" + "".join(f"{a} {b}\n" for a, b in rows)
    return text, {"q": q, "ranges": [list(r) for r in rows]}
