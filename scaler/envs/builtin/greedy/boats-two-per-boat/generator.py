def generate(params, rng):
    n = params["n"]
    limit = rng.randint(10, 1000)
    low = rng.randint(limit // 5, limit * 3 // 4)  # where the weights sit decides how many can pair up
    w = [rng.randint(low, limit) if rng.random() < 0.7 else rng.randint(1, limit) for _ in range(n)]
    return f"{n} {limit}\n{' '.join(map(str, w))}\n", {"n": n, "L": limit, "w": w}
