PRIMES = [p for p in range(2, 10000) if all(p % d for d in range(2, int(p**0.5) + 1))]


def generate(params, rng):
    q = params["q"]
    primes = [rng.choice(PRIMES) for _ in range(q)]
    return f"{q}\n{' '.join(map(str, primes))}\n", {"primes": primes}
