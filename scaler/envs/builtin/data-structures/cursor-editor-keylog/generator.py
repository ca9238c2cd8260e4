def generate(params, rng):
    n = params["n"]
    weights = [rng.randint(3, 8), rng.randint(1, 3), rng.randint(1, 3), rng.randint(0, 2)]  # letter < > -
    while True:
        keys = "".join(rng.choice("abcde") if kind == 0 else "<>-"[kind - 1]
                       for kind in rng.choices(range(4), weights=weights, k=n))
        if sum(c.isalpha() for c in keys) > keys.count("-"):  # the final text cannot be empty
            return keys + "\n", {"keys": keys}
