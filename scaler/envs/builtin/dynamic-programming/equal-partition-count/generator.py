def generate(params, rng):
    n = params["n"]
    high = rng.choice([5, 20, 60])
    a = [rng.randint(1, high) for _ in range(n)]
    if sum(a) % 2:
        i = rng.randrange(n)
        a[i] += 1 if a[i] < 60 else -1
    return f"{n}\n{' '.join(map(str, a))}\n", {"n": n, "a": a}
