def generate(params, rng):
    n = params["n"]
    r = rng.choice([5, 10, 20])  # small boxes put several points on one ray
    grid = [(x, y) for x in range(-r, r + 1) for y in range(-r, r + 1) if (x, y) != (0, 0)]
    points = rng.sample(grid, min(n, len(grid)))
    text = f"{len(points)}\n" + "".join(f"{x} {y}\n" for x, y in points)
    return text, {"n": len(points), "points": [list(p) for p in points]}
