def generate(params, rng):
    n = params["n"]
    letters = "abcdefghijklmnopqrstuvwxyz"[: rng.randint(2, min(26, max(2, n)))]
    weights = [rng.choice([1, 2, 10, 40]) for _ in letters]  # rare letters pin the order down
    s = "".join(rng.choices(letters, weights=weights, k=n))
    return s + "\n", {"s": s}
