def generate(params, rng):
    n = params["n"]
    longest = rng.choice([6, 12, 30])  # shorter segments intersect less often
    segments = []
    while len(segments) < n:
        x1, y1 = rng.randint(0, 30), rng.randint(0, 30)
        x2 = min(30, max(0, x1 + rng.randint(-longest, longest)))
        y2 = min(30, max(0, y1 + rng.randint(-longest, longest)))
        if (x1, y1) != (x2, y2):
            segments.append([x1, y1, x2, y2])
    text = f"{n}\n" + "".join(" ".join(map(str, s)) + "\n" for s in segments)
    return text, {"n": n, "segments": segments}
