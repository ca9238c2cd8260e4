def generate(params, rng):
    n = params["n"]
    heavy = rng.choice(["1212345", "1122334", "123456789", "0123456789"])  # how often two-digit codes fit
    digits = [rng.choice(heavy) for _ in range(n)]
    for i, d in enumerate(digits):  # most zeros are repaired so the string usually decodes
        if d == "0" and (i == 0 or digits[i - 1] not in "12") and rng.random() < 0.9:
            digits[i] = rng.choice("123456789")
    s = "".join(digits)
    return s + "\n", {"s": s}
