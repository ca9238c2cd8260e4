def generate(params, rng):
    n = params["n"]
    width = rng.choice([4, 8, 16, 32, 64])
    a = [rng.randrange(width) for _ in range(n)]
    left = rng.randrange(n)
    k = 0
    for x in a[left : rng.randint(left + 1, n)]:  # k is the XOR of some subarray
        k ^= x
    return f"{n} {k}\n{' '.join(map(str, a))}\n", {"k": k, "a": a}
