import sys


def main():
    t = sys.stdin.read().strip() + "$"  # "$" sorts before the letters in ASCII
    rotations = sorted(t[i:] + t[:i] for i in range(len(t)))
    print("".join(rotation[-1] for rotation in rotations))


main()
