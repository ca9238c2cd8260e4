def generate(params, rng):
    n, q = params["n"], params["q"]
    label = [1, *rng.sample(range(2, n + 1), n - 1)]  # label[0] is the root
    reach = rng.randint(1, n)
    parent = {label[i]: label[rng.randrange(max(0, i - reach), i)] for i in range(1, n)}
    parents = [parent[v] for v in range(2, n + 1)]
    queries = [[rng.randint(1, n), rng.randint(1, n)] for _ in range(q)]
    text = f"{n} {q}\n{' '.join(map(str, parents))}\n" + "".join(f"{u} {v}\n" for u, v in queries)
    return text, {"n": n, "parents": parents, "queries": queries}
