import sys


def main():
    s = sys.stdin.read().strip()
    pi = [0] * len(s)
    for i in range(1, len(s)):
        k = pi[i - 1]
        while k and s[i] != s[k]:  # fall back along the chain of shorter borders
            k = pi[k - 1]
        pi[i] = k + 1 if s[i] == s[k] else 0
    print(" ".join(map(str, pi)))


main()
