def generate(params, rng):
    n = params["n"]
    label = list(range(1, n + 1))
    rng.shuffle(label)
    reach = rng.randint(1, n)
    edges = [[label[i], label[rng.randrange(max(0, i - reach), i)]] for i in range(1, n)]
    rng.shuffle(edges)
    text = f"{n}\n" + "".join(f"{u} {v}\n" for u, v in edges)
    return text, {"n": n, "edges": edges}
