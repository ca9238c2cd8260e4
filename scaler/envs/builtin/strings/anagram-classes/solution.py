import sys


def main():
    words = sys.stdin.read().split()[1:]
    print(len({"".join(sorted(w)) for w in words}))  # anagrams share their sorted letters


main()
