SYMBOLS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(x):
    out = ""
    for value, symbol in SYMBOLS:
        count, x = divmod(x, value)
        out += symbol * count
    return out


def generate(params, rng):
    n = params["n"]
    cap = max(1, 3999 // n)
    values = [rng.randint(1, rng.choice([cap, max(1, cap // 4)])) for _ in range(n)]
    numerals = [roman(v) for v in values]
    return f"{n}\n{' '.join(numerals)}\n", {"numerals": numerals}
