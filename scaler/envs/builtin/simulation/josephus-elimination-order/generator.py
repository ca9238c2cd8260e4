def generate(params, rng):
    n = params["n"]
    k = rng.randint(2, max(2, rng.choice([6, n + 1, 3 * n])))  # k = 1 would just list 1..n
    return f"{n} {k}\n", {"n": n, "k": k}
