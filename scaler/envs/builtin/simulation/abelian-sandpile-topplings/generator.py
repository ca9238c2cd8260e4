def generate(params, rng):
    n = params["n"]
    r, c = n, rng.randint(max(1, n // 2), n)
    peak = rng.choice([5, 8, 30])
    grid = [[rng.randint(0, 3) if rng.random() < 0.6 else rng.randint(0, peak) for _ in range(c)] for _ in range(r)]
    text = f"{r} {c}\n" + "".join(" ".join(map(str, row)) + "\n" for row in grid)
    return text, {"r": r, "c": c, "grid": grid}
