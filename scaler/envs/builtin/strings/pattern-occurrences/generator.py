def generate(params, rng):
    n = params["n"]
    m = min(params["m"], n)
    letters = "abc"[: rng.randint(2, 3)]
    p = "".join(rng.choice(letters) for _ in range(m))
    t = [rng.choice(letters) for _ in range(n)]
    for _ in range(rng.randint(1, max(1, n // (4 * m)))):  # plant occurrences
        i = rng.randint(0, n - m)
        t[i : i + m] = p
    text = "".join(t)
    return f"{text}\n{p}\n", {"t": text, "p": p}
