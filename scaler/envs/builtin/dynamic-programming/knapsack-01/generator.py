def generate(params, rng):
    n = params["n"]
    items = [(rng.randint(1, 60), rng.randint(1, 500)) for _ in range(n)]
    capacity = max(1, int(sum(w for w, _ in items) * rng.uniform(0.2, 0.8)))
    text = f"{n} {capacity}\n" + "".join(f"{w} {v}\n" for w, v in items)
    display = {"n": n, "W": capacity, "weights": [w for w, _ in items], "values": [v for _, v in items]}
    return text, display
