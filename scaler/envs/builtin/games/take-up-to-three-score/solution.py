import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, a = data[0], data[1:]
    lead = [0] * (n + 1)  # lead[i]: the mover's best margin on the stones from position i on
    for i in range(n - 1, -1, -1):
        lead[i] = max(sum(a[i : i + t]) - lead[i + t] for t in (1, 2, 3) if i + t <= n)
    print(lead[0])


main()
