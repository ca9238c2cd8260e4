import heapq
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, k = data[0], data[1]
    tellers = [(0, t) for t in range(k)]  # (free from, teller number): the heap gives the earliest
    waited = 0
    for i in range(n):
        arrival, service = data[2 + 2 * i], data[3 + 2 * i]
        free, teller = heapq.heappop(tellers)
        start = max(arrival, free)
        waited += start - arrival
        heapq.heappush(tellers, (start + service, teller))
    print(waited)


main()
