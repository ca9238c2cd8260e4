def generate(params, rng):
    n, q = params["n"], params["q"]
    a = [rng.randint(0, 1000) for _ in range(n)]
    queries = []
    for _ in range(q):
        l = rng.randint(0, 1000)
        queries.append((l, min(1000, l + rng.randint(0, rng.choice([20, 200, 1000])))))
    text = f"{n} {q}\n{' '.join(map(str, a))}\n" + "".join(f"{l} {r}\n" for l, r in queries)
    return text, {"n": n, "q": q, "a": a, "queries": [list(x) for x in queries]}
