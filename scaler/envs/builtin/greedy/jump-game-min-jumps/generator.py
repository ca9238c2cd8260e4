def generate(params, rng):
    n = params["n"]
    reach = rng.choice([2, 4, 8, 20, 50])
    a = [rng.randint(1, reach) for _ in range(n)]
    return f"{n}\n{' '.join(map(str, a))}\n", {"n": n, "a": a}
