def generate(params, rng):
    m, amount = params["m"], params["amount"]
    top = rng.choice([max(m, 8), max(m, 20), 60])  # small denominations make many ways
    coins = sorted(rng.sample(range(1, top + 1), m))
    if rng.random() < 0.4:
        coins[0] = 1  # still distinct: coins[0] was the smallest
    target = rng.randint(max(1, amount // 2), amount)
    return f"{m} {target}\n{' '.join(map(str, coins))}\n", {"coins": coins, "A": target}
