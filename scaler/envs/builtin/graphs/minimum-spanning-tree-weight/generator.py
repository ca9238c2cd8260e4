def generate(params, rng):
    n = params["n"]
    label = list(range(1, n + 1))
    rng.shuffle(label)
    edges = [(label[i], label[rng.randrange(i)]) for i in range(1, n)]  # a hidden spanning tree
    extra = max(params["m"], n - 1) - (n - 1)
    edges += [tuple(rng.sample(label, 2)) for _ in range(extra)]
    rng.shuffle(edges)
    edges = [(u, v, rng.randint(1, 100)) for u, v in edges]
    text = f"{n} {len(edges)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)
    return text, {"n": n, "m": len(edges), "edges": [list(e) for e in edges]}
