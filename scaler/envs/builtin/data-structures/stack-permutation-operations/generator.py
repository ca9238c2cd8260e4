def generate(params, rng):
    n = params["n"]
    stack, output, arrived = [], [], 0
    while len(output) < n:  # a random run of pushes and pops yields a stack-producible permutation
        if arrived < n and (not stack or rng.random() < 0.5):
            arrived += 1
            stack.append(arrived)
        else:
            output.append(stack.pop())
    return f"{n}\n{' '.join(map(str, output))}\n", {"n": n, "target": output}
