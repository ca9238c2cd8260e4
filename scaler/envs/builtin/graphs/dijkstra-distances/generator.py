def generate(params, rng):
    n = params["n"]
    m = min(params["m"], n * (n - 1) // 2)
    pairs = rng.sample([(u, v) for u in range(1, n + 1) for v in range(u + 1, n + 1)], m)
    edges = [(u, v, rng.randint(1, 100)) if rng.random() < 0.5 else (v, u, rng.randint(1, 100)) for u, v in pairs]
    text = f"{n} {m}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)
    return text, {"n": n, "m": m, "edges": [list(e) for e in edges]}
