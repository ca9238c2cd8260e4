PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}


def build(k, rng):
    """A random infix expression with k operands as (text, precedence of its top operator)."""
    if k == 1:
        return rng.choice("abcdefghijklmnopqrstuvwxyz"), 4
    split = rng.randint(1, k - 1)
    op = rng.choice("+-*/^" if k < 6 else "+-*/")
    left, left_prec = build(k - split, rng)
    right, right_prec = build(split, rng)
    prec = PREC[op]
    right_assoc = op == "^"
    if left_prec < prec or (left_prec == prec and right_assoc) or rng.random() < 0.1:
        left = f"({left})"
    if right_prec < prec or (right_prec == prec and not right_assoc) or rng.random() < 0.1:
        right = f"({right})"
    return left + op + right, prec


def generate(params, rng):
    text, _ = build(params["n"], rng)
    return text + "\n", {"expression": text}
