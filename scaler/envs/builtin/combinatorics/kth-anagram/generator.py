import math


def generate(params, rng):
    length = params["len"]
    letters = "abcdefgh"[: rng.randint(1, 8)]
    word = "".join(rng.choice(letters) for _ in range(length))
    total = math.factorial(length)
    for c in set(word):
        total //= math.factorial(word.count(c))
    k = rng.randint(1, total)
    return f"{word} {k}\n", {"word": word, "k": k}
