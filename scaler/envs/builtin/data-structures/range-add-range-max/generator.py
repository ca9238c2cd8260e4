def generate(params, rng):
    n, q = params["n"], params["q"]
    a = [rng.randint(-99, 99) for _ in range(n)]
    operations = []
    for k in range(q):
        l, r = sorted((rng.randint(1, n), rng.randint(1, n)))
        operations.append([1, l, r, rng.randint(-99, 99)] if k < q - 1 and rng.random() < 0.5 else [2, l, r])
    text = f"{n} {q}\n{' '.join(map(str, a))}\n" + "".join(" ".join(map(str, op)) + "\n" for op in operations)
    return text, {"n": n, "a": a, "operations": operations}
