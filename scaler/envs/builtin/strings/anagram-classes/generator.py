def generate(params, rng):
    n = params["n"]
    letters = "abcdefg"[: rng.randint(3, 7)]
    bases = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(1, n))]
    words = []
    for _ in range(n):
        w = list(rng.choice(bases))
        rng.shuffle(w)
        words.append("".join(w))
    return f"{n}\n{' '.join(words)}\n", {"n": n, "words": words}
