def generate(params, rng):
    n = params["n"]
    letters = "abcde"[: rng.randint(2, 5)]
    longest_run = rng.choice([1, 3, 8, 20])
    s = ""
    while len(s) < n:
        s += rng.choice(letters) * rng.randint(1, longest_run)
    s = s[:n]
    return s + "\n", {"s": s}
