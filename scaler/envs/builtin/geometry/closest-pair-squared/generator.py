def generate(params, rng):
    n = params["n"]
    side = 1001
    points = [(p // side - 500, p % side - 500) for p in rng.sample(range(side * side), n)]
    text = f"{n}\n" + "".join(f"{x} {y}\n" for x, y in points)
    return text, {"n": n, "points": [list(p) for p in points]}
