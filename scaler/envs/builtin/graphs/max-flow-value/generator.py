def generate(params, rng):
    n, m = params["n"], params["m"]
    middle = rng.sample(range(2, n), rng.randint(0, n - 2))
    path = [1, *middle, n]  # a planted route from the source to the sink
    edges = [(u, v) for u, v in zip(path, path[1:])][:m]
    edges += [tuple(rng.sample(range(1, n + 1), 2)) for _ in range(m - len(edges))]
    rng.shuffle(edges)
    edges = [(u, v, rng.randint(1, 50)) for u, v in edges]
    text = f"{n} {m}\n" + "".join(f"{u} {v} {c}\n" for u, v, c in edges)
    return text, {"n": n, "m": m, "edges": [list(e) for e in edges]}
