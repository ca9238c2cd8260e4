def generate(params, rng):
    t, b = params["t"], params["b"]
    spread = rng.choice([1, 2, 4, 10])  # close to the start the ant runs into the black cells early
    square = [(x, y) for x in range(-spread, spread + 1) for y in range(-spread, spread + 1)]
    cells = sorted(rng.sample(square, min(rng.randint(b // 2, b), len(square) // 2)))
    text = f"{t} {len(cells)}\n" + "".join(f"{x} {y}\n" for x, y in cells)
    return text, {"t": t, "black": [list(c) for c in cells]}
