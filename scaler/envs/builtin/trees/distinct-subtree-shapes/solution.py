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
    names, shape = {}, [0] * (n + 1)  # a shape is named by the sorted names of its children's shapes
    for u in reversed(order):
        key = tuple(sorted(shape[v] for v in children[u]))
        shape[u] = names.setdefault(key, len(names))
    print(len(names))


main()
