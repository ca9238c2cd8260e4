def generate(params, rng):
    n = params["n"]
    label = list(range(1, n + 1))
    rng.shuffle(label)
    edges = [(label[i], label[rng.randrange(i)]) for i in range(1, n)]  # a hidden spanning tree
    present = {frozenset(e) for e in edges}
    for _ in range(min(rng.randint(0, params["k"]), n * (n - 1) // 2 - (n - 1))):
        while frozenset(e := tuple(rng.sample(label, 2))) in present:
            pass
        present.add(frozenset(e))
        edges.append(e)
    rng.shuffle(edges)
    text = f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)
    return text, {"n": n, "m": len(edges), "edges": [list(e) for e in edges]}
