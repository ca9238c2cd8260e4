def generate(params, rng):
    n, q = params["n"], params["q"]
    top = rng.randint(2, 50)
    a = [rng.randint(1, top) for _ in range(n)]
    queries = [sorted((rng.randint(1, n), rng.randint(1, n))) for _ in range(q)]
    text = f"{n} {q}\n{' '.join(map(str, a))}\n" + "".join(f"{l} {r}\n" for l, r in queries)
    return text, {"n": n, "a": a, "queries": queries}
