import sys


def main():
    a, b = sys.stdin.read().split()
    previous = list(range(len(b) + 1))  # distances from a[:i] to every prefix of b
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    print(previous[-1])


main()
