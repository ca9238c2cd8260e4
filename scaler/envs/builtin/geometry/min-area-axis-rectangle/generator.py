def generate(params, rng):
    n = params["n"]
    x1, x2 = sorted(rng.sample(range(41), 2))
    y1, y2 = sorted(rng.sample(range(41), 2))
    points = [(x1, y1), (x1, y2), (x2, y1), (x2, y2)] if rng.random() < 0.85 else []  # a planted rectangle
    others = [(x, y) for x in range(41) for y in range(41) if (x, y) not in points]
    points += rng.sample(others, n - len(points))
    rng.shuffle(points)
    text = f"{n}\n" + "".join(f"{x} {y}\n" for x, y in points)
    return text, {"n": n, "points": [list(p) for p in points]}
