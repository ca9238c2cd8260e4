def generate(params, rng):
    n = params["n"]
    letters = "abcdefgh"[: rng.randint(2, 8)]
    s = "".join(rng.choice(letters) for _ in range(n))
    return s + "\n", {"s": s}
