def generate(params, rng):
    n, q = params["n"], params["q"]
    values = [rng.randint(-50, 50) for _ in range(n)]
    label = list(range(1, n + 1))
    rng.shuffle(label)
    reach = rng.randint(1, n)
    edges = [[label[i], label[rng.randrange(max(0, i - reach), i)]] for i in range(1, n)]
    rng.shuffle(edges)
    queries = [[rng.randint(1, n), rng.randint(1, n)] for _ in range(q)]
    text = f"{n} {q}\n{' '.join(map(str, values))}\n" + "".join(f"{u} {v}\n" for u, v in edges + queries)
    return text, {"n": n, "values": values, "edges": edges, "queries": queries}
