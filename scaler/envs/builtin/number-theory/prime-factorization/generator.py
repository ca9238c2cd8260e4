PRIMES = [p for p in range(2, 100) if all(p % d for d in range(2, p))]


def generate(params, rng):
    k = params["k"]
    while True:  # a few distinct primes, mostly small ones, so exponents repeat and N stays below 10^18
        pool = rng.sample(PRIMES[:8], rng.randint(1, 3)) + rng.sample(PRIMES[8:], rng.randint(0, 2))
        n = 1
        for _ in range(k):
            n *= rng.choice(pool)
        if n < 10**18:
            return f"{n}\n", {"n": n}
