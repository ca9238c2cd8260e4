import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    jobs = sorted(zip(data[1 : 1 + 2 * n : 2], data[2 : 2 + 2 * n : 2]), key=lambda job: -job[1])
    free = list(range(n + 1))  # free[t]: the latest free slot <= t (0 means none), with path halving

    def find(t):
        while free[t] != t:
            free[t] = free[free[t]]
            t = free[t]
        return t

    total = 0
    for deadline, profit in jobs:  # most profitable first, each in the latest free slot it can use
        slot = find(deadline)
        if slot:
            total += profit
            free[slot] = slot - 1
    print(total)


main()
