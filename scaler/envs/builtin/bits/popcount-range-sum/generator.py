def generate(params, rng):
    top = 1 << params["bits"]
    left, right = sorted(rng.randrange(top) for _ in range(2))
    return f"{left} {right}\n", {"L": left, "R": right}
