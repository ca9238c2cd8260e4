def generate(params, rng):
    n, m = params["n"], params["m"]
    ops = []
    for _ in range(m):
        kind = rng.choice(["cut", "reverse", "riffle"])
        ops.append(f"cut {rng.randint(1, n - 1)}" if kind == "cut" else kind)
    return f"{n} {m}\n" + "".join(op + "\n" for op in ops), {"n": n, "operations": ops}
