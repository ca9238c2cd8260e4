import heapq
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    low, high, out = [], [], []  # low: max-heap (negated) holding the smaller half, never shorter
    for x in data[1 : 1 + data[0]]:
        if low and x > -low[0]:
            heapq.heappush(high, x)
        else:
            heapq.heappush(low, -x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        out.append(-low[0])
    print(" ".join(map(str, out)))


main()
