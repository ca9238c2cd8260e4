import string


def generate(params, rng):
    n = params["n"]
    titles = ["".join(rng.choice(string.ascii_uppercase) for _ in range(rng.choice([1, 2, 2, 3])))
              for _ in range(n)]
    return f"{n}\n{' '.join(titles)}\n", {"titles": titles}
