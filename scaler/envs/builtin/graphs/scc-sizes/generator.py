def generate(params, rng):
    n = params["n"]
    order = list(range(1, n + 1))
    rng.shuffle(order)
    cuts = sorted(rng.sample(range(1, n), rng.randint(0, (n - 1) // 3)))  # hidden groups of consecutive vertices in order
    groups = [order[a:b] for a, b in zip([0, *cuts], [*cuts, n])]
    edges = [(g[i], g[(i + 1) % len(g)]) for g in groups if len(g) > 1 for i in range(len(g))]
    for _ in range(rng.randint(0, params["m"]) if n > 1 else 0):
        i, j = sorted(rng.sample(range(n), 2))  # forward in the hidden order, so groups stay separate
        edges.append((order[i], order[j]))
    rng.shuffle(edges)
    text = f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)
    return text, {"n": n, "m": len(edges), "edges": [list(e) for e in edges]}
