def generate(params, rng):
    n = params["n"]
    k = rng.randint(0, min(n - 2, 5)) if n > 2 else 0
    route = [1, *rng.sample(range(2, n), k), n]  # usually plant one route with k stops
    planted = list(zip(route, route[1:]))[: params["m"]] if rng.random() < 0.85 else []
    others = [(u, v) for u in range(1, n + 1) for v in range(1, n + 1) if u != v and (u, v) not in planted]
    chosen = planted + rng.sample(others, min(params["m"] - len(planted), len(others)))
    flights = [(u, v, rng.randint(1, 100)) for u, v in chosen]
    rng.shuffle(flights)
    text = f"{n} {len(flights)} {k}\n" + "".join(f"{u} {v} {p}\n" for u, v, p in flights)
    return text, {"n": n, "k": k, "flights": [list(f) for f in flights]}
