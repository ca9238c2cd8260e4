def generate(params, rng):
    n = params["n"]
    half = rng.choice([50, 200, 500])
    side = 2 * half + 1
    points = [(p // side - half, p % side - half) for p in rng.sample(range(side * side), n)]
    text = f"{n}\n" + "".join(f"{x} {y}\n" for x, y in points)
    return text, {"n": n, "points": [list(p) for p in points]}
