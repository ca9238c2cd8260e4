def generate(params, rng):
    m = params["m"]
    towns = rng.sample("abcdefghij", rng.randint(2, 10))
    walk = [rng.choice(towns)]  # the tickets of a random walk always admit an itinerary
    for _ in range(m):
        walk.append(rng.choice([t for t in towns if t != walk[-1]]))
    tickets = list(zip(walk, walk[1:]))
    rng.shuffle(tickets)
    text = f"{m} {walk[0]}\n" + "".join(f"{u} {v}\n" for u, v in tickets)
    return text, {"start": walk[0], "tickets": [list(t) for t in tickets]}
