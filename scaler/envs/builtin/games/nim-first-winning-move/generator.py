def generate(params, rng):
    n = params["n"]
    a = [rng.randint(0, rng.choice([15, 100, 999])) for _ in range(n)]
    if rng.random() < 0.05:  # now and then a losing position
        x = 0
        for v in a[:-1]:
            x ^= v
        a[-1] = x if x <= 999 else a[-1]
    return f"{n}\n{' '.join(map(str, a))}\n", {"n": n, "piles": a}
