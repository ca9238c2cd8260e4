def generate(params, rng):
    n = params["n"]
    firsts = rng.sample("123456789", rng.randint(1, 4))  # shared leading digits make the order subtle
    a = []
    for _ in range(n):
        digits = rng.choice(firsts) + "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 2)))
        a.append(int(digits))
    return f"{n}\n{' '.join(map(str, a))}\n", {"n": n, "a": a}
