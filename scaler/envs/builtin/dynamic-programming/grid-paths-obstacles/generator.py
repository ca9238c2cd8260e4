def generate(params, rng):
    r, c = params["r"], params["c"]
    density = rng.choice([0.03, 0.08, 0.14, 0.2])
    grid = [["#" if rng.random() < density else "." for _ in range(c)] for _ in range(r)]
    grid[0][0] = grid[r - 1][c - 1] = "."
    rows = ["".join(row) for row in grid]
    return f"{r} {c}\n" + "".join(row + "\n" for row in rows), {"r": r, "c": c, "grid": rows}
