def generate(params, rng):
    n = params["n"]
    high = rng.choice([3, 10, 100])
    r, trend = [], 0
    for _ in range(n):  # runs of rising and falling ratings make long chains
        if rng.random() < 0.3:
            trend = rng.choice([-1, 0, 1])
        step = rng.randint(0, 3) * trend if trend else rng.randint(-high, high)
        r.append(min(high, max(0, (r[-1] if r else rng.randint(0, high)) + step)))
    return f"{n}\n{' '.join(map(str, r))}\n", {"n": n, "r": r}
