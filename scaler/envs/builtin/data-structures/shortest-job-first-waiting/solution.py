import heapq
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    jobs = sorted((data[1 + 2 * i], i, data[2 + 2 * i]) for i in range(n))  # by arrival
    waiting, time, total, k = [], 0, 0, 0
    while k < n or waiting:
        if not waiting and time < jobs[k][0]:
            time = jobs[k][0]  # idle until the next arrival
        while k < n and jobs[k][0] <= time:
            arrival, index, duration = jobs[k]
            heapq.heappush(waiting, (duration, arrival, index))
            k += 1
        duration, arrival, _ = heapq.heappop(waiting)
        total += time - arrival
        time += duration
    print(total)


main()
