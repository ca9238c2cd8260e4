def generate(params, rng):
    n = params["n"]
    horizon = rng.randint(0, 200)  # a short horizon makes jobs queue up
    jobs = [[rng.randint(0, horizon), rng.randint(1, 20)] for _ in range(n)]
    return f"{n}\n" + "".join(f"{a} {d}\n" for a, d in jobs), {"n": n, "jobs": jobs}
