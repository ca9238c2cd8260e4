def generate(params, rng):
    m = params["m"]
    values = rng.sample(range(10000), m + 1)
    a = values[:1] + values[1:] * 3
    rng.shuffle(a)
    return f"{len(a)}\n{' '.join(map(str, a))}\n", {"list": a}
