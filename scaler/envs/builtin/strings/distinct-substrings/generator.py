def generate(params, rng):
    n = params["n"]
    letters = "abcd"[: rng.randint(1 if n < 4 else 2, 4)]
    s = "".join(rng.choice(letters) for _ in range(n))
    return s + "\n", {"s": s}
