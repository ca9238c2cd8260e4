def generate(params, rng):
    n = params["n"]
    keys = rng.sample(range(1, 1000), n)
    if rng.random() < 0.3:  # a nearly sorted order grows tall, thin trees
        keys.sort(reverse=rng.random() < 0.5)
        for _ in range(n // 4):
            i, j = rng.randrange(n), rng.randrange(n)
            keys[i], keys[j] = keys[j], keys[i]
    return f"{n}\n{' '.join(map(str, keys))}\n", {"n": n, "keys": keys}
