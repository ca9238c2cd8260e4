import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, m = data[0], data[1]
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    components = n
    for k in range(m):
        a, b = find(data[2 + 2 * k]), find(data[3 + 2 * k])
        if a != b:
            parent[a] = b
            components -= 1
    print(components)


main()
