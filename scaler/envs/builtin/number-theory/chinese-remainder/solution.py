import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    x, modulus = 0, 1
    for i in range(data[0]):
        m, r = data[1 + 2 * i], data[2 + 2 * i]
        # x + modulus * t = r (mod m)  ->  t = (r - x) * modulus^-1 (mod m)
        t = (r - x) * pow(modulus, -1, m) % m
        x, modulus = x + modulus * t, modulus * m
    print(x)


main()
