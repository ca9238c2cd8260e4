def generate(params, rng):
    n = params["n"]
    q = rng.randint(1, 6)
    gap = rng.choice([0, 2, 5, 12])
    time, procs = 0, []
    for _ in range(n):
        time += rng.randint(0, gap)
        procs.append((time, rng.randint(1, 20)))
    text = f"{n} {q}\n" + "".join(f"{a} {b}\n" for a, b in procs)
    return text, {"n": n, "q": q, "processes": [list(p) for p in procs]}
