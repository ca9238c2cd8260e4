import sys


def losing_squares(limit):
    """Wythoff's pairs (a_k, a_k + k): a_k is the smallest number not yet used by an earlier pair."""
    used, losing, k, a = set(), set(), 0, 0
    while a < limit:
        while a in used:
            a += 1
        b = a + k
        used.update((a, b))
        losing.update(((a, b), (b, a)))
        k += 1
    return losing


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, q = data[0], data[1]
    losing = losing_squares(n)
    answers = []
    for i in range(q):
        x, y = data[2 + 2 * i], data[3 + 2 * i]
        targets = [(x - d, y) for d in range(1, x + 1)] + [(x, y - d) for d in range(1, y + 1)]
        targets += [(x - d, y - d) for d in range(1, min(x, y) + 1)]
        answers.append(sum(t in losing for t in targets))
    print(" ".join(map(str, answers)))


main()
