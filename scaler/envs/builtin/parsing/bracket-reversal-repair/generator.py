def generate(params, rng):
    length = 2 * params["n"]
    bias = rng.choice([0.3, 0.5, 0.5, 0.7])  # probability of '('
    s = "".join("(" if rng.random() < bias else ")" for _ in range(length))
    return f"{length}\n{s}\n", {"string": s}
