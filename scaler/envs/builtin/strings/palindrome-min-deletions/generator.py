def generate(params, rng):
    n = params["n"]
    letters = "abcdefgh"[: rng.randint(2, 8)]
    half = [rng.choice(letters) for _ in range((n + 1) // 2)]
    chars = (half + half[::-1][n % 2 :])  # a palindrome, then a random number of random edits
    for _ in range(rng.randint(0, n)):
        chars[rng.randrange(n)] = rng.choice(letters)
    s = "".join(chars)
    return s + "\n", {"s": s}
