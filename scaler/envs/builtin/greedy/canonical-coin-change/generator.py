SYSTEMS = [  # real-world and textbook coin systems, all canonical (greedy is optimal)
    [1, 2, 5, 10, 20, 50, 100, 200],
    [1, 5, 10, 25, 50, 100],
    [1, 5, 10, 50, 100, 500],
    [1, 2, 4, 8, 16, 32, 64, 128, 256],
    [1, 3, 9, 27, 81, 243, 729],
    [1, 2, 5, 10, 25, 50],
]


def generate(params, rng):
    q = params["q"]
    coins = rng.choice(SYSTEMS)
    amounts = [rng.randint(1, 1000) for _ in range(q)]
    text = f"{len(coins)} {q}\n{' '.join(map(str, coins))}\n{' '.join(map(str, amounts))}\n"
    return text, {"coins": coins, "amounts": amounts}
