def generate(params, rng):
    n = params["n"]
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[: rng.randint(1, 10)]
    weights = [rng.randint(1, 3) for _ in letters]
    weights[0] = rng.choice([8, 20, 50])  # a dominant letter forces idle units
    tasks = "".join(rng.choices(letters, weights=weights, k=n))
    k = rng.randint(1, rng.choice([3, 8, 20]))
    return f"{k}\n{tasks}\n", {"k": k, "tasks": tasks}
