import heapq
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    piles = data[1 : 1 + data[0]]
    heapq.heapify(piles)
    cost = 0
    while len(piles) > 1:  # Huffman: always merge the two smallest piles
        merged = heapq.heappop(piles) + heapq.heappop(piles)
        cost += merged
        heapq.heappush(piles, merged)
    print(cost)


main()
