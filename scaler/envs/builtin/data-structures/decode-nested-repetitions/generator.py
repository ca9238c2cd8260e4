def generate(params, rng):
    def block(pieces, depth):  # an encoding of `pieces` pieces and the length of its decoding
        parts, length = [], 0
        while pieces > 0:
            if depth < 3 and pieces >= 2 and rng.random() < 0.4:
                inner = rng.randint(1, min(pieces - 1, 4))
                text, size = block(inner, depth + 1)
                k = rng.randint(2, max(2, min(9, 40 // size)))
                parts.append(f"{k}[{text}]")
                length, pieces = length + k * size, pieces - inner - 1
            else:
                word = "".join(rng.choice("abcdef") for _ in range(rng.randint(1, 3)))
                parts.append(word)
                length, pieces = length + len(word), pieces - 1
        return "".join(parts), length

    while True:  # keep the decoding short enough to write out
        encoded, length = block(params["n"], 0)
        if length <= 240:
            return encoded + "\n", {"encoded": encoded}
