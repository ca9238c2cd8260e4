def generate(params, rng):
    n = params["n"]
    opening = rng.uniform(0.35, 0.65)  # the share of '(' shifts where the long balanced runs break
    s = "".join("(" if rng.random() < opening else ")" for _ in range(n))
    return f"{n}\n{s}\n", {"n": n, "s": s}
