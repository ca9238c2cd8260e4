import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, q = data[0], data[1]
    tree = [0] * (n + 1)

    def add(i, x):
        while i <= n:
            tree[i] += x
            i += i & -i

    def prefix(i):
        total = 0
        while i:
            total += tree[i]
            i -= i & -i
        return total

    for i, x in enumerate(data[2 : 2 + n], 1):
        add(i, x)
    answers = []
    for k in range(q):
        kind, u, v = data[2 + n + 3 * k : 5 + n + 3 * k]
        if kind == 1:
            add(u, v)
        else:
            answers.append(prefix(v) - prefix(u - 1))
    print(" ".join(map(str, answers)))


main()
