def build(pieces, depth, rng):
    """A compressed string of `pieces` letters and groups, as (text, expanded length)."""
    text, length = "", 0
    while pieces > 0:
        if depth < 3 and pieces >= 2 and rng.random() < 0.35:
            inner = rng.randint(1, min(pieces - 1, 6))
            body, body_length = build(inner, depth + 1, rng)
            k = rng.randint(2, 4)
            text, length, pieces = text + f"{k}[{body}]", length + k * body_length, pieces - inner - 1
        else:
            text, length, pieces = text + rng.choice("abcdef"), length + 1, pieces - 1
    return text, length


def generate(params, rng):
    while True:
        text, length = build(params["n"], 0, rng)
        if length <= 300:
            return text + "\n", {"compressed": text}
