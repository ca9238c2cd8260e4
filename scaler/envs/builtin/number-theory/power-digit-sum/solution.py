import sys


def main():
    a, b = map(int, sys.stdin.read().split())
    print(sum(map(int, str(a**b))))


main()
