def generate(params, rng):
    n = params["n"]
    high = rng.choice([9, 99])
    rows = [[rng.randint(0, high) for _ in range(i)] for i in range(1, n + 1)]
    text = f"{n}\n" + "".join(" ".join(map(str, row)) + "\n" for row in rows)
    return text, {"n": n, "rows": rows}
