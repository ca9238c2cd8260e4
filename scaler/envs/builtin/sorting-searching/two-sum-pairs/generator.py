def generate(params, rng):
    n = params["n"]
    high = rng.choice([10, 50, 500])
    a = [rng.randint(0, high) for _ in range(n)]
    t = rng.choice(a) + rng.choice(a) if rng.random() < 0.8 else rng.randint(0, 2 * high)
    return f"{n} {t}\n{' '.join(map(str, a))}\n", {"n": n, "T": t, "a": a}
