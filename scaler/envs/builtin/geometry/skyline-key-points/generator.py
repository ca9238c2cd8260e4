def generate(params, rng):
    n = params["n"]
    widest = rng.choice([5, 15, 40])
    buildings = []
    for _ in range(n):
        width = rng.randint(1, widest)
        left = rng.randint(0, 100 - width)
        buildings.append([left, left + width, rng.randint(1, 50)])
    text = f"{n}\n" + "".join(f"{l} {r} {h}\n" for l, r, h in buildings)
    return text, {"n": n, "buildings": buildings}
