def generate(params, rng):
    n = params["n"]
    r = rng.choice([r for r in (4, 8, 12) if (2 * r + 1) ** 2 > 2 * n])  # smaller boxes hide more points
    grid = [(x, y) for x in range(-r, r + 1) for y in range(-r, r + 1) if (x, y) != (0, 0)]
    points = rng.sample(grid, n)
    text = f"{n}\n" + "".join(f"{x} {y}\n" for x, y in points)
    return text, {"n": n, "points": [list(p) for p in points]}
