def generate(params, rng):
    n = params["n"]
    back = rng.uniform(0.1, 0.45)  # the share of ".." names decides how deep the result gets
    parts = []
    for _ in range(n):
        r = rng.random()
        word = "".join(rng.choice("abcde") for _ in range(rng.randint(1, 3)))
        name = ".." if r < back else "." if r < back + 0.1 else word
        parts.append(name + "/" * rng.choice([0, 1, 1, 1, 2]))
    path = "/" + "/".join(parts)
    return path + "\n", {"path": path}
