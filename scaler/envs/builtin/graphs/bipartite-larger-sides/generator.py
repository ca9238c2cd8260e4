def generate(params, rng):
    n = params["n"]
    side = [rng.randint(0, 1) for _ in range(n + 1)]  # a hidden valid colouring
    pairs = [(u, v) for u in range(1, n + 1) for v in range(u + 1, n + 1) if side[u] != side[v]]
    edges = rng.sample(pairs, min(len(pairs), rng.randint(0, params["m"])))
    edges = [[u, v] if rng.random() < 0.5 else [v, u] for u, v in edges]
    text = f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)
    return text, {"n": n, "m": len(edges), "edges": edges}
