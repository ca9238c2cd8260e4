def generate(params, rng):
    q, w = params["q"], params["w"]
    ranges = []
    for _ in range(q):
        left = rng.randint(1, 10000 - w)
        ranges.append((left, left + rng.randint(0, w)))
    text = f"{q}\n" + "".join(f"{a} {b}\n" for a, b in ranges)
    return text, {"q": q, "ranges": [list(r) for r in ranges]}
