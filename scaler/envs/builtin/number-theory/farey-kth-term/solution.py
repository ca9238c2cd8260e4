import math
import sys
from fractions import Fraction


def main():
    n, k = map(int, sys.stdin.read().split())
    terms = sorted({Fraction(a, b) for b in range(1, n + 1) for a in range(b + 1) if math.gcd(a, b) == 1})
    term = terms[k - 1]
    print(f"{term.numerator}/{term.denominator}")


main()
