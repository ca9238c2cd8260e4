def generate(params, rng):
    n = params["n"]
    pairs = [(u, v) for u in range(1, n + 1) for v in range(1, n + 1) if u != v]
    edges = rng.sample(pairs, min(rng.randint(params["m"] // 2, params["m"]), len(pairs)))
    text = f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)
    return text, {"n": n, "edges": [list(e) for e in edges]}
