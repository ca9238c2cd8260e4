import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    adjacent = [[] for _ in range(n + 1)]
    for k in range(n - 1):
        u, v, w = data[1 + 3 * k : 4 + 3 * k]
        adjacent[u].append((v, w))
        adjacent[v].append((u, w))

    def distances(source):
        dist = [-1] * (n + 1)
        dist[source] = 0
        stack = [source]
        while stack:
            u = stack.pop()
            for v, w in adjacent[u]:
                if dist[v] < 0:
                    dist[v] = dist[u] + w
                    stack.append(v)
        return dist

    from_1 = distances(1)
    a = max(range(1, n + 1), key=lambda v: from_1[v])
    from_a = distances(a)
    b = max(range(1, n + 1), key=lambda v: from_a[v])  # a and b are the ends of a diameter
    from_b = distances(b)
    print(" ".join(str(max(from_a[v], from_b[v])) for v in range(1, n + 1)))


main()
