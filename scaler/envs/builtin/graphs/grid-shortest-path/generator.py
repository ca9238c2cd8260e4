def generate(params, rng):
    rows, cols = params["rows"], params["cols"]
    density = rng.uniform(0.1, 0.35)
    grid = [["#" if rng.random() < density else "." for _ in range(cols)] for _ in range(rows)]
    start, target = rng.sample(range(rows * cols), 2)
    grid[start // cols][start % cols] = "S"
    grid[target // cols][target % cols] = "T"
    lines = ["".join(row) for row in grid]
    return f"{rows} {cols}\n" + "\n".join(lines) + "\n", {"R": rows, "C": cols, "maze": lines}
