def generate(params, rng):
    n = params["n"]
    top = rng.randint(3, 50)
    heights = [rng.randint(0, top) for _ in range(n)]
    return f"{n}\n{' '.join(map(str, heights))}\n", {"n": n, "heights": heights}
