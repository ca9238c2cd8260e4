import heapq
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    buildings = [data[1 + 3 * i : 4 + 3 * i] for i in range(n)]
    events = sorted({x for l, r, _ in buildings for x in (l, r)})
    by_left = sorted(buildings)
    active, i, points, height = [], 0, [], 0  # active: (-height, right end); stale entries dropped lazily
    for x in events:
        while i < n and by_left[i][0] <= x:
            heapq.heappush(active, (-by_left[i][2], by_left[i][1]))
            i += 1
        while active and active[0][1] <= x:
            heapq.heappop(active)
        current = -active[0][0] if active else 0
        if current != height:
            points += [x, current]
            height = current
    print(" ".join(map(str, points)))


main()
