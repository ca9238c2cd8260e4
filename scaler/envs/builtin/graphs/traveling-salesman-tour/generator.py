def generate(params, rng):
    n = params["n"]
    d = [[0 if i == j else rng.randint(1, 99) for j in range(n)] for i in range(n)]
    return f"{n}\n" + "".join(" ".join(map(str, row)) + "\n" for row in d), {"n": n, "d": d}
