def generate(params, rng):
    n = params["n"]
    spread = rng.choice([20, 100, 500])
    points = [(rng.randint(-spread, spread), rng.randint(-spread, spread)) for _ in range(n)]
    text = f"{n}\n" + "".join(f"{x} {y}\n" for x, y in points)
    return text, {"n": n, "points": [list(p) for p in points]}
