def generate(params, rng):
    n = params["n"]
    out, depth, opened = [], 0, 0
    lean = rng.choice([0.4, 0.5, 0.6])  # chance to open when both moves are possible
    while len(out) < 2 * n:
        if opened < n and depth < 40 and (depth == 0 or rng.random() < lean):
            out.append("(")
            depth, opened = depth + 1, opened + 1
        else:
            out.append(")")
            depth -= 1
    s = "".join(out)
    return f"{n}\n{s}\n", {"n": n, "string": s}
