def generate(params, rng):
    n = params["n"]
    high = rng.choice([10, 100])
    a = [rng.randint(1, high) for _ in range(n)]
    k = rng.randint(1, max(1, min(n, rng.choice([3, 8, n]))))
    return f"{n} {k}\n{' '.join(map(str, a))}\n", {"n": n, "k": k, "a": a}
