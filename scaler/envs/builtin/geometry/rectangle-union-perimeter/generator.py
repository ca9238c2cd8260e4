def generate(params, rng):
    n = params["n"]
    largest = rng.choice([8, 20, 40])
    rects = []
    for _ in range(n):
        w, h = rng.randint(1, largest), rng.randint(1, largest)
        x, y = rng.randint(0, 60 - w), rng.randint(0, 60 - h)
        rects.append([x, y, x + w, y + h])
    text = f"{n}\n" + "".join(" ".join(map(str, r)) + "\n" for r in rects)
    return text, {"n": n, "rectangles": rects}
