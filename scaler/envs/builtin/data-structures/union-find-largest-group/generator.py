def generate(params, rng):
    n, q = params["n"], params["q"]
    unions = [rng.sample(range(1, n + 1), 2) for _ in range(q)]
    text = f"{n} {q}\n" + "".join(f"{a} {b}\n" for a, b in unions)
    return text, {"n": n, "unions": unions}
