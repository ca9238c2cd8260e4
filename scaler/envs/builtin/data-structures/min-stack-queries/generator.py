def generate(params, rng):
    q = params["q"]
    operations, size = [], 0
    for i in range(q):
        if not size:
            kind = "push"
        elif i == q - 1:
            kind = "min"
        else:  # never empty the stack right before the final min
            kind = rng.choice(["push", "push", "pop", "min"] if size > 1 or i < q - 2 else ["push", "min"])
        if kind == "push":
            operations.append(f"push {rng.randint(-999, 999)}")
            size += 1
        else:
            operations.append(kind)
            size -= kind == "pop"
    return f"{q}\n" + "\n".join(operations) + "\n", {"q": q, "operations": operations}
