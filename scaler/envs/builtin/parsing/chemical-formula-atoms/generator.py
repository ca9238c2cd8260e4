ELEMENTS = ["H", "C", "N", "O", "S", "P", "K", "Na", "Mg", "Cl", "Fe", "Ca", "Cu", "Zn", "B"]


def build(pieces, depth, rng):
    """A formula with `pieces` element occurrences and groups."""
    text = ""
    while pieces > 0:
        if depth < 3 and pieces >= 3 and rng.random() < 0.3:
            inner = rng.randint(2, min(pieces - 1, 6))
            text += f"({build(inner, depth + 1, rng)})"
            pieces -= inner
        else:
            text += rng.choice(ELEMENTS)
            pieces -= 1
        if rng.random() < 0.5:
            text += str(rng.randint(2, 12))
    return text


def generate(params, rng):
    text = build(params["n"], 0, rng)
    return text + "\n", {"formula": text}
