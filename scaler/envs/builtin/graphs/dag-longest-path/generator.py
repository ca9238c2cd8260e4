def generate(params, rng):
    n = params["n"]
    order = list(range(1, n + 1))
    rng.shuffle(order)  # a hidden order; every edge points forward in it, so there is no cycle
    edges = []
    for _ in range(rng.randint(params["m"] // 2, params["m"]) if n > 1 else 0):
        i, j = sorted(rng.sample(range(n), 2))
        edges.append((order[i], order[j], rng.randint(1, 100)))
    text = f"{n} {len(edges)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)
    return text, {"n": n, "m": len(edges), "edges": [list(e) for e in edges]}
