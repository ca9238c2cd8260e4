def generate(params, rng):
    n = params["n"]
    k = rng.randint(2, 3 * n + 1)  # k = 1 would just list 1..n
    return f"{n} {k}\n", {"n": n, "k": k}
