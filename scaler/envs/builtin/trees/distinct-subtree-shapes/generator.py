def generate(params, rng):
    n = params["n"]
    label = [1, *rng.sample(range(2, n + 1), n - 1)]  # label[0] is the root
    reach = rng.randint(1, n)
    parent = {label[i]: label[rng.randrange(max(0, i - reach), i)] for i in range(1, n)}
    parents = [parent[v] for v in range(2, n + 1)]
    return f"{n}\n{' '.join(map(str, parents))}\n", {"n": n, "parents": parents}
