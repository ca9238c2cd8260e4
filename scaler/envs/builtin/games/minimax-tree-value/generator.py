def generate(params, rng):
    n = params["n"]
    parents = [rng.randint(max(1, i - rng.choice([3, 10, n])), i - 1) for i in range(2, n + 1)]
    inner = set(parents)
    payoffs = [rng.randint(-100, 100) for v in range(1, n + 1) if v not in inner]
    text = f"{n}\n{' '.join(map(str, parents))}\n{' '.join(map(str, payoffs))}\n"
    return text, {"parents": parents, "payoffs": payoffs}
