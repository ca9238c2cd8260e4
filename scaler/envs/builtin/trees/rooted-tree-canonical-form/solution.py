import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    children = [[] for _ in range(n + 1)]
    for v in range(2, n + 1):
        children[data[v - 1]].append(v)
    order = [1]
    for u in order:
        order.extend(children[u])
    code = [""] * (n + 1)
    for u in reversed(order):  # children before parents
        code[u] = "(" + "".join(sorted(code[v] for v in children[u])) + ")"
    print(code[1])


main()
