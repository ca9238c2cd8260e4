def generate(params, rng):
    n, m = params["n"], params["m"]
    letters = "abcdef"[: rng.randint(2, 6)]
    a = [rng.choice(letters) for _ in range(n)]
    b = list(a)  # B is A after a random amount of damage, then stretched or shrunk to length m
    for _ in range(rng.randint(0, n)):
        b[rng.randrange(len(b))] = rng.choice(letters)
    while len(b) > m:
        del b[rng.randrange(len(b))]
    while len(b) < m:
        b.insert(rng.randint(0, len(b)), rng.choice(letters))
    a, b = "".join(a), "".join(b)
    return f"{a}\n{b}\n", {"A": a, "B": b}
