import functools
import sys


def main():
    words = sys.stdin.read().split()[1:]
    # x goes before y exactly when x + y > y + x (this comparison is a total preorder)
    words.sort(key=functools.cmp_to_key(lambda x, y: (y + x > x + y) - (y + x < x + y)))
    print("".join(words))


main()
