def generate(params, rng):
    n = params["n"]
    letters = "abcdefgh"[: rng.randint(2, min(8, n - 1))]
    s = [rng.choice(letters) for _ in range(n)]
    k = rng.randint(1, max(1, n // 3))  # plant one block twice
    block = s[rng.randrange(n - k + 1):][:k]
    start = rng.randrange(n - k + 1)
    s[start : start + k] = block
    text = "".join(s)  # more positions than letters, so some letter repeats
    return text + "\n", {"s": text}
