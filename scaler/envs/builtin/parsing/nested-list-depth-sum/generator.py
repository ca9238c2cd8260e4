def build(items, depth, rng):
    """A list literal holding `items` integers in total, spread over nested sublists."""
    parts = []
    while items > 0:
        if depth < 8 and items >= 2 and rng.random() < 0.3:
            inner = rng.randint(1, min(items, 8))
            parts.append(build(inner, depth + 1, rng))
            items -= inner
        else:
            parts.append(str(rng.randint(-99, 99)))
            items -= 1
        if rng.random() < 0.05:
            parts.append("[]")
    return "[" + ",".join(parts) + "]"


def generate(params, rng):
    text = build(params["n"], 1, rng)
    return text + "\n", {"list": text}
