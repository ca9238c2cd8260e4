def generate(params, rng):
    n = params["n"]
    label = list(range(1, n + 1))
    rng.shuffle(label)
    edges = [(label[i], label[rng.randrange(i)]) for i in range(1, n)]  # a hidden spanning tree
    tree = {frozenset(e) for e in edges}
    missing = [(u, v) for u in range(1, n + 1) for v in range(u + 1, n + 1) if frozenset((u, v)) not in tree]
    edges += rng.sample(missing, min(max(0, params["m"] - (n - 1)), len(missing)))
    rng.shuffle(edges)
    edges = [(u, v, rng.randint(1, 50)) for u, v in edges]
    text = f"{n} {len(edges)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)
    return text, {"n": n, "edges": [list(e) for e in edges]}
