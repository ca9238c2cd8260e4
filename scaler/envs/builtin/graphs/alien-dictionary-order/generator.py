def generate(params, rng):
    n = params["n"]
    letters = rng.sample("abcdefghij", rng.randint(3, 10))  # the hidden alien alphabet, in order
    rank = {c: i for i, c in enumerate(letters)}
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 5))) for _ in range(n)]
    words.sort(key=lambda w: [rank[c] for c in w])
    return f"{n}\n" + "\n".join(words) + "\n", {"n": n, "words": words}
