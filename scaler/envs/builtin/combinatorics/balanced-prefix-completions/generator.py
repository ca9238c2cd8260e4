def generate(params, rng):
    n = params["n"]
    length = rng.randint(0, min(2 * n, 1000))
    prefix, depth = [], 0
    for i in range(length):
        remaining = 2 * n - i
        can_open = depth + 1 <= remaining - 1
        if depth > 0 and (not can_open or rng.random() < 0.5):
            prefix.append(")")
            depth -= 1
        else:
            prefix.append("(")
            depth += 1
    s = "".join(prefix) or "-"
    return f"{n}\n{s}\n", {"n": n, "prefix": s}
