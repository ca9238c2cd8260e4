def generate(params, rng):
    n = params["n"]
    digits = "0123456789" if rng.random() < 0.7 else rng.choice(["019", "0123", "5678", "1"])
    s = "".join(rng.choice(digits) for _ in range(n))
    k = rng.randint(0, n - 1)
    return f"{s}\n{k}\n", {"digits": s, "k": k}
