def generate(params, rng):
    n = params["n"]
    bias = rng.randint(-10, 20)  # a positive drift makes long subarrays add up
    a = [max(-50, min(50, rng.randint(-40, 40) + bias)) for _ in range(n)]
    best = current = a[0]  # the largest subarray sum (Kadane) bounds the reachable K
    for x in a[1:]:
        current = max(x, current + x)
        best = max(best, current)
    k = rng.randint(max(1, best // 8), max(1, best)) if rng.random() < 0.9 else max(1, best) + rng.randint(1, 20)
    return f"{n} {k}\n{' '.join(map(str, a))}\n", {"n": n, "k": k, "a": a}
