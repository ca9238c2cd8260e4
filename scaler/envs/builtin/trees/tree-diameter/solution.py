import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    adjacent = [[] for _ in range(n + 1)]
    for k in range(n - 1):
        u, v, w = data[1 + 3 * k : 4 + 3 * k]
        adjacent[u].append((v, w))
        adjacent[v].append((u, w))

    def farthest(source):
        dist = {source: 0}
        stack = [source]
        while stack:
            u = stack.pop()
            for v, w in adjacent[u]:
                if v not in dist:
                    dist[v] = dist[u] + w
                    stack.append(v)
        return max((d, v) for v, d in dist.items())

    _, end = farthest(1)
    print(farthest(end)[0])


main()
