def generate(params, rng):
    q = params["q"]
    moves = sorted(rng.sample(range(1, 31), rng.randint(2, 7)))
    piles = [rng.randint(0, 1000) for _ in range(q)]
    text = f"{len(moves)} {' '.join(map(str, moves))}\n{q}\n{' '.join(map(str, piles))}\n"
    return text, {"moves": moves, "piles": piles}
