def generate(params, rng):
    n = params["n"]
    out, stack, opened = [], [], 0
    while len(out) < 2 * n:
        if opened < n and (not stack or rng.random() < 0.5):
            kind = rng.randrange(3)
            out.append("([{"[kind])
            stack.append(kind)
            opened += 1
        else:
            out.append(")]}"[stack.pop()])
    text = "".join(out)
    return f"{n}\n{text}\n", {"n": n, "brackets": text}
