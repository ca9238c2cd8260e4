def generate(params, rng):
    n = params["n"]
    latest = rng.randint(1, n)  # tight deadlines force choices
    jobs = [(rng.randint(1, latest), rng.randint(1, rng.choice([20, 1000]))) for _ in range(n)]
    text = f"{n}\n" + "".join(f"{d} {p}\n" for d, p in jobs)
    return text, {"n": n, "jobs": [list(j) for j in jobs]}
