def generate(params, rng):
    n = params["n"]
    letters = "abcdef"[: rng.randint(2, 6)]
    a = [rng.choice(letters) for _ in range(n)]
    b = [rng.choice(letters) for _ in range(rng.randint(max(1, n // 2), n))]
    b[rng.randrange(len(b))] = rng.choice(a)  # at least one shared letter
    a, b = "".join(a), "".join(b)
    return f"{a}\n{b}\n", {"a": a, "b": b}
