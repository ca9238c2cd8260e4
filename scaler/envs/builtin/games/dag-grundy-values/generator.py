def generate(params, rng):
    n = params["n"]
    m = min(params["m"], n * (n - 1) // 2)
    rank = list(range(1, n + 1))
    rng.shuffle(rank)  # edges point forward in this hidden order, so there is no cycle
    slots = [(i, j) for i in range(n) for j in range(i + 1, n)]
    edges = [(rank[i], rank[j]) for i, j in rng.sample(slots, m)]
    text = f"{n} {m}\n" + "".join(f"{u} {v}\n" for u, v in edges)
    return text, {"n": n, "edges": [list(e) for e in edges]}
