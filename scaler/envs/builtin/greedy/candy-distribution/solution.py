import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, r = data[0], data[1 : 1 + data[0]]
    candies = [1] * n
    for i in range(1, n):  # left-to-right pass satisfies left neighbours
        if r[i] > r[i - 1]:
            candies[i] = candies[i - 1] + 1
    for i in range(n - 2, -1, -1):  # right-to-left pass satisfies right neighbours
        if r[i] > r[i + 1]:
            candies[i] = max(candies[i], candies[i + 1] + 1)
    print(sum(candies))


main()
