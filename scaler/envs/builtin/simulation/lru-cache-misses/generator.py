def generate(params, rng):
    m = params["m"]
    k = rng.randint(1, 8)
    pages = rng.randint(k, min(30, k + rng.choice([1, 3, 8, 20])))  # few extra pages: many hits
    hot = rng.sample(range(1, pages + 1), max(1, pages // 3))  # a hot set gives locality
    requests = [rng.choice(hot) if rng.random() < 0.5 else rng.randint(1, pages) for _ in range(m)]
    return f"{k} {m}\n{' '.join(map(str, requests))}\n", {"k": k, "requests": requests}
