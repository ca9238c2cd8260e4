def generate(params, rng):
    q = params["q"]
    k = rng.randint(1, max(1, q // 4))
    values = [rng.randint(0, 999) for _ in range(q)]
    return f"{q} {k}\n{' '.join(map(str, values))}\n", {"q": q, "k": k, "values": values}
