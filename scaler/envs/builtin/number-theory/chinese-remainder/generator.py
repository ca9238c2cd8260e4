import math


def generate(params, rng):
    n = params["n"]
    moduli = []
    while len(moduli) < n:
        m = rng.randint(2, 50)
        if all(math.gcd(m, other) == 1 for other in moduli):
            moduli.append(m)
    rows = [(m, rng.randrange(m)) for m in moduli]
    text = f"{n}\n" + "".join(f"{m} {r}\n" for m, r in rows)
    return text, {"n": n, "congruences": [list(row) for row in rows]}
