def generate(params, rng):
    n = params["n"]
    step = rng.choice([1, 1, 2, 3, 4, 6, 10, 12])  # a shared factor makes large divisors common
    a = [step * rng.randint(1, 1000 // step) for _ in range(n)]
    return f"{n}\n{' '.join(map(str, a))}\n", {"n": n, "a": a}
