import itertools
import sys


def main():
    s = sys.stdin.read().strip()
    print("".join(f"{letter}{len(list(run))}" for letter, run in itertools.groupby(s)))


main()
