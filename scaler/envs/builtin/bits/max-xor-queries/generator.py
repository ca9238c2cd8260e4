def generate(params, rng):
    n, q = params["n"], params["q"]
    a = [rng.randrange(4096) for _ in range(n)]
    queries = [rng.randrange(4096) for _ in range(q)]
    text = f"{n} {q}\n{' '.join(map(str, a))}\n{' '.join(map(str, queries))}\n"
    return text, {"a": a, "queries": queries}
