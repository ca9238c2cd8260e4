import sys

BITS = 12


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, q = data[0], data[1]
    trie = [[0, 0]]  # binary trie over 12-bit values, most significant bit first
    for a in data[2 : 2 + n]:
        node = 0
        for bit in range(BITS - 1, -1, -1):
            b = a >> bit & 1
            if not trie[node][b]:
                trie[node][b] = len(trie)
                trie.append([0, 0])
            node = trie[node][b]
    answers = []
    for x in data[2 + n : 2 + n + q]:
        node, best = 0, 0
        for bit in range(BITS - 1, -1, -1):
            want = 1 - (x >> bit & 1)  # prefer the branch that sets this bit of the XOR
            if trie[node][want]:
                best |= 1 << bit
                node = trie[node][want]
            else:
                node = trie[node][1 - want]
        answers.append(best)
    print(" ".join(map(str, answers)))


main()
