def generate(params, rng):
    n = params["n"]
    p = list(range(1, n + 1))
    if rng.random() < 0.5:
        rng.shuffle(p)
    else:  # a few random swaps leave many fixed points and short cycles
        for _ in range(rng.randint(1, n)):
            i, j = rng.randrange(n), rng.randrange(n)
            p[i], p[j] = p[j], p[i]
    return f"{n}\n{' '.join(map(str, p))}\n", {"n": n, "p": p}
