def generate(params, rng):
    n = params["n"]
    parts = []
    for _ in range(n):
        roll = rng.random()
        parts.append("." if roll < 0.15 else ".." if roll < 0.4 else rng.choice(["a", "b", "c", "x", "y", "usr", "lib", "tmp"]))
    path = "".join("/" * rng.choice([1, 1, 1, 2]) + part for part in parts) + rng.choice(["", "/"])
    return path + "\n", {"path": path}
