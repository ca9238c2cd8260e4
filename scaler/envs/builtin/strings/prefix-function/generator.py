def generate(params, rng):
    n = params["n"]
    letters = "abc"[: rng.randint(2, 3)]
    seed = "".join(rng.choice(letters) for _ in range(rng.randint(1, 6)))
    chars = [seed[i % len(seed)] for i in range(n)]  # a periodic base gives long borders
    for _ in range(rng.randint(0, max(1, n // 8))):  # a few mutations break them up
        chars[rng.randrange(n)] = rng.choice(letters)
    s = "".join(chars)
    return s + "\n", {"s": s}
