def generate(params, rng):
    n = params["n"]
    trend = rng.random()  # the share of elements that follow a rising line instead of being random
    a = []
    for i in range(n):
        if rng.random() < trend:
            centre = 1 + 999 * i // max(1, n - 1)
            a.append(min(1000, max(1, centre + rng.randint(-60, 60))))
        else:
            a.append(rng.randint(1, 1000))
    return f"{n}\n{' '.join(map(str, a))}\n", {"n": n, "a": a}
