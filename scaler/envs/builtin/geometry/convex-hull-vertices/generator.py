def generate(params, rng):
    n = params["n"]
    half = rng.choice([10, 25, 50])  # smaller boxes give more collinear hull points
    side = 2 * half + 1
    while True:
        points = [(p // side - half, p % side - half) for p in rng.sample(range(side * side), n)]
        a, b = points[0], points[1]
        if any((b[0] - a[0]) * (c[1] - a[1]) != (b[1] - a[1]) * (c[0] - a[0]) for c in points[2:]):
            break  # not all on one line
    text = f"{n}\n" + "".join(f"{x} {y}\n" for x, y in points)
    return text, {"n": n, "points": [list(p) for p in points]}
