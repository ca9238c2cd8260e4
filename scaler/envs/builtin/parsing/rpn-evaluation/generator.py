LIMIT = 10**9


def build(k, rng):
    """A random postfix expression with k literals as (tokens, value)."""
    if k == 1:
        v = rng.randint(0, rng.choice([9, 99]))
        return [str(v)], v
    split = rng.randint(1, k - 1)
    left_tokens, left = build(k - split, rng)
    right_tokens, right = build(split, rng)
    results = {"+": left + right, "-": left - right, "*": left * right}
    op = rng.choice([o for o, v in results.items() if abs(v) <= LIMIT])  # "+" or "-" always fits
    value = results[op]
    return left_tokens + right_tokens + [op], value


def generate(params, rng):
    tokens, _ = build(params["n"], rng)
    return f"{len(tokens)}\n{' '.join(tokens)}\n", {"tokens": tokens}
