def generate(params, rng):
    n = params["n"]
    cost = [[rng.randint(1, 99) for _ in range(n)] for _ in range(n)]
    text = f"{n}\n" + "".join(" ".join(map(str, row)) + "\n" for row in cost)
    return text, {"n": n, "cost": cost}
