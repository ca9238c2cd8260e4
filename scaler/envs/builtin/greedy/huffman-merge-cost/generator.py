def generate(params, rng):
    n = params["n"]
    high = rng.choice([10, 100, 1000])
    w = [rng.randint(1, high) for _ in range(n)]
    return f"{n}\n{' '.join(map(str, w))}\n", {"n": n, "w": w}
