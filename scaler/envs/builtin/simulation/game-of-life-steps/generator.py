def generate(params, rng):
    n, t = params["n"], params["t"]
    r, c = n, rng.randint(max(1, n // 2), n)
    density = rng.choice([0.2, 0.3, 0.45])
    rows = ["".join("#" if rng.random() < density else "." for _ in range(c)) for _ in range(r)]
    return f"{r} {c} {t}\n" + "".join(row + "\n" for row in rows), {"r": r, "c": c, "t": t, "grid": rows}
