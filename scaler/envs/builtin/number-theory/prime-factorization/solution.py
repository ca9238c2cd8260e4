import sys


def main():
    n = int(sys.stdin.read())
    parts, p = [], 2
    while n > 1:
        e = 0
        while n % p == 0:
            n //= p
            e += 1
        if e:
            parts.append(f"{p}^{e}" if e > 1 else str(p))
        p += 1
    print("*".join(parts))


main()
