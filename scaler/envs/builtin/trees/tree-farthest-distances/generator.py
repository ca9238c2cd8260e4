def generate(params, rng):
    n = params["n"]
    label = list(range(1, n + 1))
    rng.shuffle(label)
    reach = rng.randint(1, n)  # small reach grows long paths, large reach bushy trees
    edges = [(label[i], label[rng.randrange(max(0, i - reach), i)], rng.randint(1, 100)) for i in range(1, n)]
    rng.shuffle(edges)
    text = f"{n}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)
    return text, {"n": n, "edges": [list(e) for e in edges]}
