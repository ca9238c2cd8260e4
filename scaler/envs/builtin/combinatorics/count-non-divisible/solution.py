import math
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, m, a = data[0], data[1], data[2:]
    total = 0
    for mask in range(1 << m):  # inclusion-exclusion over subsets, signed by their size
        lcm = 1
        for i in range(m):
            if mask >> i & 1:
                lcm = math.lcm(lcm, a[i])
                if lcm > n:
                    break
        total += (-1) ** bin(mask).count("1") * (n // lcm)
    print(total)


main()
