def generate(params, rng):
    n = params["n"]
    m = rng.randint(params["m"] // 2, params["m"]) if n > 1 else 0
    edges = [rng.sample(range(1, n + 1), 2) for _ in range(m)]
    text = f"{n} {m}\n" + "".join(f"{u} {v}\n" for u, v in edges)
    return text, {"n": n, "m": m, "edges": edges}
