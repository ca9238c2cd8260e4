import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, m = data[0], data[1]
    forward = [[] for _ in range(n + 1)]
    backward = [[] for _ in range(n + 1)]
    for k in range(m):
        u, v = data[2 + 2 * k], data[3 + 2 * k]
        forward[u].append(v)
        backward[v].append(u)
    finished, seen = [], [False] * (n + 1)
    for s in range(1, n + 1):  # Kosaraju: record finishing order with an iterative DFS
        if seen[s]:
            continue
        seen[s] = True
        stack = [(s, iter(forward[s]))]
        while stack:
            u, children = stack[-1]
            for v in children:
                if not seen[v]:
                    seen[v] = True
                    stack.append((v, iter(forward[v])))
                    break
            else:
                stack.pop()
                finished.append(u)
    component = [0] * (n + 1)
    sizes = []
    for s in reversed(finished):
        if component[s]:
            continue
        sizes.append(0)
        component[s] = len(sizes)
        stack = [s]
        while stack:
            u = stack.pop()
            sizes[-1] += 1
            for v in backward[u]:
                if not component[v]:
                    component[v] = len(sizes)
                    stack.append(v)
    print(" ".join(map(str, sorted(sizes, reverse=True))))


main()
