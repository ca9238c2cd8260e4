def generate(params, rng):
    r, c = params["r"], params["c"]
    density = rng.uniform(0.3, 0.7)
    grid = [["#" if rng.random() < density else "." for _ in range(c)] for _ in range(r)]
    grid[0][0] = grid[r - 1][c - 1] = "."
    rows = ["".join(row) for row in grid]
    return f"{r} {c}\n" + "\n".join(rows) + "\n", {"grid": rows}
