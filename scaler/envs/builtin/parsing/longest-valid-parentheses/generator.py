def generate(params, rng):
    n = params["n"]
    out = []
    while len(out) < n:  # balanced blocks separated by stray brackets
        if rng.random() < 0.25:
            out.append(rng.choice("()"))
        else:
            depth = 0
            for _ in range(rng.randint(1, max(1, n // 4))):
                if depth and rng.random() < 0.5:
                    out.append(")")
                    depth -= 1
                else:
                    out.append("(")
                    depth += 1
            out.extend(")" * depth)
    s = "".join(out[:n])
    return f"{n}\n{s}\n", {"string": s}
