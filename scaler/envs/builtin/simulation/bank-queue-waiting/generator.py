def generate(params, rng):
    n = params["n"]
    k = rng.randint(1, 3)
    gap = rng.choice([1, 3, 6, 12])  # mean gap between arrivals sets how crowded the bank is
    time, customers = 0, []
    for _ in range(n):
        time += rng.randint(0, 2 * gap)
        customers.append((time, rng.randint(1, 60 if rng.random() < 0.3 else 20)))
    text = f"{n} {k}\n" + "".join(f"{a} {s}\n" for a, s in customers)
    return text, {"n": n, "k": k, "customers": [list(x) for x in customers]}
