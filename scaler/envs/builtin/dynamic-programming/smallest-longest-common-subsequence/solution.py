import sys


def main():
    a, b = sys.stdin.read().split()
    n, m = len(a), len(b)
    lcs = [[0] * (m + 1) for _ in range(n + 1)]  # lcs[i][j]: LCS length of a[i:] and b[j:]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            lcs[i][j] = lcs[i + 1][j + 1] + 1 if a[i] == b[j] else max(lcs[i + 1][j], lcs[i][j + 1])
    out, i, j = [], 0, 0
    while lcs[i][j]:  # take the smallest letter whose first occurrences keep the length optimal
        for ch in sorted(set(a[i:]) & set(b[j:])):
            x, y = a.index(ch, i), b.index(ch, j)
            if lcs[x + 1][y + 1] == lcs[i][j] - 1:
                out.append(ch)
                i, j = x + 1, y + 1
                break
    print("".join(out))


main()
