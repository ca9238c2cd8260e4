def generate(params, rng):
    n = params["n"]
    g = [rng.randint(0, 100) for _ in range(n)]
    c = [rng.randint(0, 100) for _ in range(n)]
    shortfall = sum(c) - sum(g)
    if shortfall > 0 and rng.random() < 0.85:  # usually make the trip feasible from somewhere
        while shortfall > 0:
            i = rng.randrange(n)
            cut = min(c[i], shortfall, rng.randint(1, 20))
            c[i] -= cut
            shortfall -= cut
    text = f"{n}\n{' '.join(map(str, g))}\n{' '.join(map(str, c))}\n"
    return text, {"n": n, "g": g, "c": c}
