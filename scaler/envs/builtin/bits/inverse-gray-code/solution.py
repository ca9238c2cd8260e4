import sys


def decode(g):
    x = 0
    while g:  # x = g XOR g/2 XOR g/4 XOR ...
        x ^= g
        g >>= 1
    return x


def main():
    data = list(map(int, sys.stdin.read().split()))
    print(" ".join(str(decode(g)) for g in data[1 : 1 + data[0]]))


main()
