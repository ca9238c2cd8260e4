import sys


def main():
    s = sys.stdin.read().strip()
    print(min(s[k:] + s[:k] for k in range(len(s))))


main()
