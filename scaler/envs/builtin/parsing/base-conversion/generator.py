DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def generate(params, rng):
    length = params["len"]
    a, b = rng.sample(list(dict.fromkeys([2, 3, 5, 7, 8, 10, 12, 16, 20, 36, rng.randint(2, 36)])), 2)
    digits = DIGITS[rng.randint(1, a - 1)] + "".join(rng.choice(DIGITS[:a]) for _ in range(length - 1))
    return f"{a} {b} {digits}\n", {"from_base": a, "to_base": b, "digits": digits}
