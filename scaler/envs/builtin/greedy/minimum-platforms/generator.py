def generate(params, rng):
    n = params["n"]
    window = rng.choice([60, 240, 720, 1439])  # how crowded the day is varies per instance
    stay = rng.choice([10, 30, 120, 400])
    trains = []
    for _ in range(n):
        a = rng.randint(0, window)
        trains.append((a, min(1439, a + rng.randint(0, stay))))
    text = f"{n}\n" + "".join(f"{a} {d}\n" for a, d in trains)
    return text, {"n": n, "trains": [list(t) for t in trains]}
