def generate(params, rng):
    n, q = params["n"], params["q"]
    squares = [(rng.randrange(n), rng.randrange(n)) for _ in range(q)]
    text = f"{n} {q}\n" + "".join(f"{x} {y}\n" for x, y in squares)
    return text, {"n": n, "queens": [list(s) for s in squares]}
