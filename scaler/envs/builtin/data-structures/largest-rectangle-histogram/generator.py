def generate(params, rng):
    n = params["n"]
    low = rng.randint(1, 80)  # a high floor favours wide rectangles, a low one tall narrow ones
    heights = [rng.randint(low, 100) for _ in range(n)]
    return f"{n}\n{' '.join(map(str, heights))}\n", {"n": n, "heights": heights}
