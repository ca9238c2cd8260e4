def generate(params, rng):
    n, m = params["n"], params["m"]
    r, c = n, rng.randint(max(1, n // 2), n)
    density = rng.choice([0.0, 0.1, 0.25])
    grid = [["#" if rng.random() < density else "." for _ in range(c)] for _ in range(r)]
    grid[0][0] = "."
    forward = rng.choice([0.5, 0.7, 0.85])
    commands = "".join("F" if rng.random() < forward else rng.choice("LR") for _ in range(m))
    rows = ["".join(row) for row in grid]
    text = f"{r} {c}\n" + "".join(row + "\n" for row in rows) + commands + "\n"
    return text, {"r": r, "c": c, "grid": rows, "commands": commands}
