LIMIT = 10**9


def build(k, rng):
    """A random expression with k literals as (text, value, precedence of its top operator)."""
    if k == 1:
        v = rng.randint(0, rng.choice([9, 99]))
        return str(v), v, 3
    left_text, left, left_prec = build(k - (split := rng.randint(1, k - 1)), rng)
    right_text, right, right_prec = build(split, rng)
    results = {"+": left + right, "-": left - right, "*": left * right}
    op = rng.choice([o for o, v in results.items() if abs(v) <= LIMIT])  # "+" or "-" always fits
    value = results[op]
    prec = 2 if op == "*" else 1
    if left_prec < prec or rng.random() < 0.1:
        left_text = f"({left_text})"
    if right_prec <= prec and (right_prec < prec or op != "+") or rng.random() < 0.1:
        right_text = f"({right_text})"
    return left_text + op + right_text, value, prec


def generate(params, rng):
    text, _, _ = build(params["n"], rng)
    return text + "\n", {"expression": text}
