def generate(params, rng):
    n = rng.randint(max(1, params["n"] // 3), params["n"])
    hidden = [rng.randrange(1, 1024) for _ in range(rng.randint(1, max(1, min(10, 2 * n // 3))))]  # a small span
    a = []
    for _ in range(n):
        x = 0
        for g in hidden:
            if rng.random() < 0.5:
                x ^= g
        a.append(x)
    k = 0
    for x in a:
        if rng.random() < 0.5:
            k ^= x
    if rng.random() < 0.1:
        k = rng.randrange(1024)  # possibly unreachable
    return f"{n} {k}\n{' '.join(map(str, a))}\n", {"k": k, "a": a}
