def generate(params, rng):
    m = params["m"]
    start = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    high = rng.choice([60, 600, 5000])
    steps = [(rng.choice("+-"), rng.randint(0, high)) for _ in range(m)]
    text = f"{start} {m}\n" + "".join(f"{sign} {x}\n" for sign, x in steps)
    return text, {"start": start, "adjustments": [f"{sign}{x}" for sign, x in steps]}
