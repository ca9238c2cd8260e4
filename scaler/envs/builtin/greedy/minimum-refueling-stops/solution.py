import heapq
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    goal, fuel, n = data[0], data[1], data[2]
    stations = [(data[3 + 2 * i], data[4 + 2 * i]) for i in range(n)] + [(goal, 0)]
    passed, stops = [], 0  # fuel of the stations driven past, as a max-heap
    for x, g in stations:
        while fuel < x and passed:  # short of x: refuel, in hindsight, at the richest station passed
            fuel -= heapq.heappop(passed)
            stops += 1
        if fuel < x:
            print(-1)
            return
        heapq.heappush(passed, -g)
    print(stops)


main()
