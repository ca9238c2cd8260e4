import sys


def main():
    s = sys.stdin.read().strip()
    pi = [0] * len(s)  # prefix function: the smallest period is n minus the longest border
    for i in range(1, len(s)):
        k = pi[i - 1]
        while k and s[i] != s[k]:
            k = pi[k - 1]
        pi[i] = k + 1 if s[i] == s[k] else 0
    print(len(s) - pi[-1])


main()
