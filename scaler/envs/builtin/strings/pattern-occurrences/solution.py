import sys


def main():
    t, p = sys.stdin.read().split()
    pi = [0] * len(p)  # Knuth-Morris-Pratt failure function of the pattern
    for i in range(1, len(p)):
        k = pi[i - 1]
        while k and p[i] != p[k]:
            k = pi[k - 1]
        pi[i] = k + 1 if p[i] == p[k] else 0
    found, k = [], 0
    for i, ch in enumerate(t):
        while k and ch != p[k]:
            k = pi[k - 1]
        if ch == p[k]:
            k += 1
        if k == len(p):
            found.append(i - len(p) + 2)
            k = pi[k - 1]
    print(" ".join(map(str, found)))


main()
