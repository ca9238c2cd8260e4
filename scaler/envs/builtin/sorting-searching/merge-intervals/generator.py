def generate(params, rng):
    n = params["n"]
    longest = rng.choice([5, 20, 60, 150])
    intervals = []
    for _ in range(n):
        length = rng.randint(0, longest)
        left = rng.randint(0, 1000 - length)
        intervals.append((left, left + length))
    text = f"{n}\n" + "".join(f"{l} {r}\n" for l, r in intervals)
    return text, {"n": n, "intervals": [list(iv) for iv in intervals]}
