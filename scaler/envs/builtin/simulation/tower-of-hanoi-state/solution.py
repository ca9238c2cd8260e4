import sys


def main():
    n, k = map(int, sys.stdin.read().split())
    pegs = [0] * (n + 1)
    source, target, spare = 1, 3, 2
    for disk in range(n, 0, -1):  # the largest disk has moved iff k reaches the middle move
        half = 1 << (disk - 1)
        if k < half:  # still moving the smaller disks from source to spare
            pegs[disk] = source
            target, spare = spare, target
        else:  # disk already sits on target; the smaller ones go from spare to target
            pegs[disk] = target
            k -= half
            source, spare = spare, source
    print(" ".join(map(str, pegs[1:])))


main()
