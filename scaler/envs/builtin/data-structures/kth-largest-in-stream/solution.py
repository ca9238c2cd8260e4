import heapq
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    q, k = data[0], data[1]
    heap, answers = [], []  # the k largest values so far; the smallest of them on top
    for x in data[2 : 2 + q]:
        if len(heap) < k:
            heapq.heappush(heap, x)
        elif x > heap[0]:
            heapq.heapreplace(heap, x)
        answers.append(heap[0] if len(heap) == k else -1)
    print(" ".join(map(str, answers)))


main()
