import sys


def main():
    data = sys.stdin.read().split()
    s, q = data[0], int(data[1])
    n = len(s)
    # lcp[i][j] = lcp[i+1][j+1] + 1 when s[i] == s[j], filled from the back
    lcp = [[0] * (n + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below = lcp[i], lcp[i + 1]
        for j in range(n - 1, -1, -1):
            if s[i] == s[j]:
                row[j] = below[j + 1] + 1
    answers = [lcp[int(data[2 + 2 * k]) - 1][int(data[3 + 2 * k]) - 1] for k in range(q)]
    print(" ".join(map(str, answers)))


main()
