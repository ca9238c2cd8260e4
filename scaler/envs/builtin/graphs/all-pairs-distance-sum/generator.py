def generate(params, rng):
    n = params["n"]
    pairs = [(u, v) for u in range(1, n + 1) for v in range(1, n + 1) if u != v]
    edges = [(u, v, rng.randint(1, 50)) for u, v in rng.sample(pairs, min(params["m"], len(pairs)))]
    text = f"{n} {len(edges)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)
    return text, {"n": n, "m": len(edges), "edges": [list(e) for e in edges]}
