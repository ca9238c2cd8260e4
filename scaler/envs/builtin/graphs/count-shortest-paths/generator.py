def generate(params, rng):
    n = params["n"]
    depth = rng.randint(2, max(2, n // 4))  # hidden layers: 1 first, n last; edges join nearby layers
    layer = {1: 0, n: depth, **{v: rng.randint(1, depth - 1) for v in range(2, n)}}
    by_layer = [[v for v in range(1, n + 1) if layer[v] == d] for d in range(depth + 1)]
    lengths = {(1, v): 1 for v in by_layer[1] if rng.random() < 0.7}  # 1 and n get several neighbours
    lengths.update({(v, n): 1 for v in by_layer[depth - 1] if rng.random() < 0.7})
    lengths = dict(list(lengths.items())[: params["m"]])
    for _ in range(params["m"] - len(lengths)):
        u = rng.randint(1, n)
        targets = [v for d in (layer[u] + 1, layer[u] + 2) if d <= depth for v in by_layer[d]]
        if targets:
            v = rng.choice(targets)
            gap = layer[v] - layer[u]
            lengths.setdefault((min(u, v), max(u, v)), gap + (0 if rng.random() < 0.8 else 1))
    edges = [(u, v, w) for (u, v), w in lengths.items()]
    rng.shuffle(edges)
    text = f"{n} {len(edges)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)
    return text, {"n": n, "edges": [list(e) for e in edges]}
