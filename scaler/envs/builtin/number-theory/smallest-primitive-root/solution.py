import sys


def smallest_primitive_root(p):
    if p == 2:
        return 1
    factors, m, d = [], p - 1, 2
    while d * d <= m:
        if m % d == 0:
            factors.append(d)
            while m % d == 0:
                m //= d
        d += 1
    if m > 1:
        factors.append(m)
    # g is a primitive root iff g^((p-1)/f) != 1 for every prime factor f of p - 1
    return next(g for g in range(2, p) if all(pow(g, (p - 1) // f, p) != 1 for f in factors))


def main():
    data = list(map(int, sys.stdin.read().split()))
    print(" ".join(str(smallest_primitive_root(p)) for p in data[1 : 1 + data[0]]))


main()
