def generate(params, rng):
    n = params["n"]
    letters = "abcd"[: rng.randint(2, 4)]
    p = rng.randint(1, max(1, min(n, rng.choice([5, 15, 40, n]))))
    base = [rng.choice(letters) for _ in range(p)]
    chars = [base[i % p] for i in range(n)]
    if rng.random() < 0.3:  # an occasional mutation makes the period longer
        chars[rng.randrange(n)] = rng.choice(letters)
    s = "".join(chars)
    return s + "\n", {"s": s}
