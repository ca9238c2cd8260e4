def generate(params, rng):
    n = params["n"]
    reach = rng.choice([10, 20, 30])  # the origin lies near the middle of the coordinate box
    triangles = []
    while len(triangles) < n:
        t = [rng.randint(-reach, reach) for _ in range(6)]
        if (t[2] - t[0]) * (t[5] - t[1]) != (t[3] - t[1]) * (t[4] - t[0]):
            triangles.append(t)
    text = f"{n}\n" + "".join(" ".join(map(str, t)) + "\n" for t in triangles)
    return text, {"n": n, "triangles": triangles}
