def generate(params, rng):
    digits = params["digits"]
    while True:
        a = rng.randint(2, 99)
        top = max(b for b in range(1, 500) if b == 1 or len(str(a**b)) <= digits)
        if len(str(a**top)) <= digits:
            break
    b = rng.randint(max(1, top // 2), top)
    return f"{a} {b}\n", {"a": a, "b": b}
