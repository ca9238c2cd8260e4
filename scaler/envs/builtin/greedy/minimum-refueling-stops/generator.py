def generate(params, rng):
    n = params["n"]
    goal = rng.randint(n + 1, 1000)
    xs = sorted(rng.sample(range(1, goal), n))
    mean = rng.uniform(0.5, 2.0) * goal / (n + 1)  # the fuel per station decides how many stops are needed
    fuel = min(1000, xs[0] + rng.randint(0, round(mean)))
    g = [rng.randint(1, max(1, round(2 * mean))) for _ in xs]
    if rng.random() < 0.85:  # usually top up stations so that stopping everywhere would suffice
        total = fuel
        for i, target in enumerate(xs[1:] + [goal]):
            total += g[i]
            if total < target:
                g[i] += target - total
                total = target
    g = [min(1000, x) for x in g]
    text = f"{goal} {fuel} {n}\n" + "".join(f"{x} {y}\n" for x, y in zip(xs, g))
    return text, {"D": goal, "f": fuel, "stations": [list(s) for s in zip(xs, g)]}
