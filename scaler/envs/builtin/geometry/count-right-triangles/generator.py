def generate(params, rng):
    n = params["n"]
    side = rng.choice([s for s in (8, 14, 21) if s * s >= 2 * n])  # denser boxes hold more right angles
    points = rng.sample([(x, y) for x in range(side) for y in range(side)], n)
    text = f"{n}\n" + "".join(f"{x} {y}\n" for x, y in points)
    return text, {"n": n, "points": [list(p) for p in points]}
