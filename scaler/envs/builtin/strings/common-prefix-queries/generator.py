def generate(params, rng):
    n, q = params["n"], params["q"]
    letters = "abc"[: rng.randint(1 if n < 3 else 2, 3)]
    block = "".join(rng.choice(letters) for _ in range(rng.randint(1, 5)))
    chars = [block[i % len(block)] for i in range(n)]  # repetition gives long common prefixes
    for _ in range(rng.randint(0, n // 3)):
        chars[rng.randrange(n)] = rng.choice(letters)
    s = "".join(chars)
    queries = [(rng.randint(1, n), rng.randint(1, n)) for _ in range(q)]
    text = f"{s}\n{q}\n" + "".join(f"{i} {j}\n" for i, j in queries)
    return text, {"s": s, "queries": [list(x) for x in queries]}
