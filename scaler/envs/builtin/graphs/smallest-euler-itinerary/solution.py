import sys
from collections import defaultdict


def main():
    tokens = sys.stdin.read().split()
    m, start = int(tokens[0]), tokens[1]
    outgoing = defaultdict(list)
    for k in range(m):
        outgoing[tokens[2 + 2 * k]].append(tokens[3 + 2 * k])
    for destinations in outgoing.values():
        destinations.sort(reverse=True)  # pop() yields the smallest destination
    route, stack = [], [start]  # Hierholzer: a town is final once all its tickets are spent
    while stack:
        if outgoing[stack[-1]]:
            stack.append(outgoing[stack[-1]].pop())
        else:
            route.append(stack.pop())
    print("".join(reversed(route)))


main()
