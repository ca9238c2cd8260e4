PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]


def generate(params, rng):
    q = params["q"]
    rows = []
    for _ in range(q):
        n, p = rng.randint(0, rng.choice([100, 10000, 1000000])), rng.choice(PRIMES)
        if rng.random() < 0.6:  # every base-p digit of k at most n's: C(n, k) mod p is non-zero
            k, place, rest = 0, 1, n
            while rest:
                k += rng.randint(0, rest % p) * place
                place, rest = place * p, rest // p
        else:
            k = rng.randint(0, n)
        rows.append((n, k, p))
    text = f"{q}\n" + "".join(f"{n} {k} {p}\n" for n, k, p in rows)
    return text, {"q": q, "queries": [list(row) for row in rows]}
