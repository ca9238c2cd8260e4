import heapq
import sys


def main():
    words = sys.stdin.read().split()[1:]
    letters = sorted(set("".join(words)))
    after = {c: set() for c in letters}
    for first, second in zip(words, words[1:]):  # adjacent words give one constraint each
        for a, b in zip(first, second):
            if a != b:
                after[a].add(b)
                break
    indegree = {c: 0 for c in letters}
    for c in letters:
        for d in after[c]:
            indegree[d] += 1
    ready = [c for c in letters if indegree[c] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        c = heapq.heappop(ready)
        order.append(c)
        for d in sorted(after[c]):
            indegree[d] -= 1
            if indegree[d] == 0:
                heapq.heappush(ready, d)
    print("".join(order))


main()
