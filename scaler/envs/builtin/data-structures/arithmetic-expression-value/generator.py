def generate(params, rng):
    precedence = {"+": 1, "-": 1, "*": 2}

    def build(count):  # text, value and precedence of a random expression with `count` numbers
        if count == 1:
            value = rng.randint(1, 30)
            return str(value), value, 3
        left, right = build(k := rng.randint(1, count - 1)), build(count - k)
        op = rng.choice("+-*")
        if op == "*" and abs(left[1] * right[1]) > 10**6:
            op = "+"
        value = left[1] + right[1] if op == "+" else left[1] - right[1] if op == "-" else left[1] * right[1]
        a = left[0] if left[2] >= precedence[op] else f"({left[0]})"
        b = right[0] if right[2] > precedence[op] else f"({right[0]})"
        return a + op + b, value, precedence[op]

    text = build(params["n"])[0]
    return text + "\n", {"expression": text}
