import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, m = data[0], data[1]
    outgoing = [[] for _ in range(n + 1)]
    for k in range(m):
        outgoing[data[2 + 2 * k]].append(data[3 + 2 * k])
    discovered, finished, clock = [0] * (n + 1), [0] * (n + 1), 0
    for s in range(1, n + 1):
        if discovered[s]:
            continue
        clock += 1
        discovered[s] = clock
        stack = [(s, iter(sorted(outgoing[s])))]  # an explicit stack in place of recursion
        while stack:
            u, neighbours = stack[-1]
            for v in neighbours:
                if not discovered[v]:
                    clock += 1
                    discovered[v] = clock
                    stack.append((v, iter(sorted(outgoing[v]))))
                    break
            else:
                stack.pop()
                clock += 1
                finished[u] = clock
    print(" ".join(f"{discovered[v]} {finished[v]}" for v in range(1, n + 1)))


main()
