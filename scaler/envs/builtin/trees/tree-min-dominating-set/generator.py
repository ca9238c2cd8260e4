def generate(params, rng):
    n = params["n"]
    label = list(range(1, n + 1))
    rng.shuffle(label)
    hubs = rng.randint(1, n)  # only the first `hubs` vertices take children: few hubs, few dominators
    edges = [[label[i], label[rng.randrange(min(i, hubs))]] for i in range(1, n)]
    rng.shuffle(edges)
    text = f"{n}\n" + "".join(f"{u} {v}\n" for u, v in edges)
    return text, {"n": n, "edges": edges}
