def generate(params, rng):
    n = params["n"]
    segments = []
    while len(segments) < n:
        x1, y1 = rng.randint(0, 30), rng.randint(0, 30)
        step = rng.choice([(1, 0), (0, 1), (1, 1), (1, -1), (1, 2), (2, 1), (2, -1), (1, 3), (3, 2)])
        k = rng.randint(1, 15)  # a segment along a lattice direction, so it covers several lattice points
        x2, y2 = x1 + k * step[0], y1 + k * step[1]
        if 0 <= x2 <= 30 and 0 <= y2 <= 30:
            segments.append([x1, y1, x2, y2] if rng.random() < 0.5 else [x2, y2, x1, y1])
    text = f"{n}\n" + "".join(" ".join(map(str, s)) + "\n" for s in segments)
    return text, {"n": n, "segments": segments}
