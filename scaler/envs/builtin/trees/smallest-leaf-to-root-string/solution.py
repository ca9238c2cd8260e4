import sys


def main():
    tokens = sys.stdin.read().split()
    n, letters = int(tokens[0]), tokens[1]
    parent = [0, 0, *map(int, tokens[2 : n + 1])]
    has_child = [False] * (n + 1)
    for v in range(2, n + 1):
        has_child[parent[v]] = True
    best = None
    for leaf in range(1, n + 1):
        if has_child[leaf]:
            continue
        text, v = [], leaf
        while v:
            text.append(letters[v - 1])
            v = parent[v]
        word = "".join(text)
        best = word if best is None or word < best else best
    print(best)


main()
