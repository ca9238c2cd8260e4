def fraction_digits(q, limit):
    """Digits after the point of 1/q (non-repeating part plus one period), or None above limit."""
    seen, remainder = set(), 1 % q
    while remainder and remainder not in seen and len(seen) <= limit:
        seen.add(remainder)
        remainder = remainder * 10 % q
    return len(seen) if len(seen) <= limit else None


def generate(params, rng):
    digits = params["digits"]
    while True:
        q = rng.randint(2, 1000)
        length = fraction_digits(q, digits)
        if length is not None and length * 2 > digits:  # use most of the allowed length
            break
    p = rng.randint(1, 2 * q)
    while p % q == 0:
        p = rng.randint(1, 2 * q)
    return f"{p} {q}\n", {"p": p, "q": q}
