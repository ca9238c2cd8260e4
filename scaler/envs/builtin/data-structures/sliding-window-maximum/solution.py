import sys
from collections import deque


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, k, a = data[0], data[1], data[2:]
    window, maxima = deque(), []  # indices whose values decrease from front to back
    for i in range(n):
        while window and a[window[-1]] <= a[i]:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            maxima.append(a[window[0]])
    print(" ".join(map(str, maxima)))


main()
