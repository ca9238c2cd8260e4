import sys


def main():
    """n minus the longest common subsequence of s and its reverse (the longest palindromic subsequence)."""
    s = sys.stdin.read().strip()
    r = s[::-1]
    prev = [0] * (len(s) + 1)
    for a in s:
        cur = [0]
        for j, b in enumerate(r):
            cur.append(prev[j] + 1 if a == b else max(prev[j + 1], cur[j]))
        prev = cur
    print(len(s) - prev[-1])


main()
