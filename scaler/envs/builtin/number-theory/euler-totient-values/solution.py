import sys


def totient(x):
    result, p = x, 2
    while p * p <= x:
        if x % p == 0:
            while x % p == 0:
                x //= p
            result -= result // p
        p += 1
    if x > 1:
        result -= result // x
    return result


def main():
    data = list(map(int, sys.stdin.read().split()))
    print(" ".join(str(totient(x)) for x in data[1 : 1 + data[0]]))


main()
