import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, m, k = data[0], data[1], data[2]
    flights = [data[3 + 3 * i : 6 + 3 * i] for i in range(m)]
    INF = float("inf")
    cost = [INF] * (n + 1)
    cost[1] = 0
    for _ in range(k + 1):  # round r: the cheapest prices using at most r flights
        previous = cost[:]
        for u, v, p in flights:
            if previous[u] + p < cost[v]:
                cost[v] = previous[u] + p
    print(cost[n] if cost[n] < INF else -1)


main()
