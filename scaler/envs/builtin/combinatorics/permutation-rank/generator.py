def generate(params, rng):
    n = params["n"]
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    return f"{n}\n{' '.join(map(str, perm))}\n", {"n": n, "permutation": perm}
