def generate(params, rng):
    n = params["n"]
    # XORs of a few hidden generators: the reachable set is a proper subspace, so the answer varies
    hidden = [rng.randrange(1, 65536) for _ in range(rng.randint(1, min(n, 10)))]
    a = []
    for _ in range(n):
        x = 0
        for g in hidden:
            if rng.random() < 0.5:
                x ^= g
        a.append(x or rng.choice(hidden))
    return f"{n}\n{' '.join(map(str, a))}\n", {"n": n, "a": a}
