import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, q = data[0], data[1]
    table = [data[2 : 2 + n]]  # table[j][i] = min of a[i : i + 2^j]
    while 2 ** len(table) <= n:
        previous, half = table[-1], 2 ** (len(table) - 1)
        table.append([min(previous[i], previous[i + half]) for i in range(len(previous) - half)])
    answers = []
    for k in range(q):
        l, r = data[2 + n + 2 * k] - 1, data[3 + n + 2 * k]
        j = (r - l).bit_length() - 1
        answers.append(min(table[j][l], table[j][r - 2**j]))
    print(" ".join(map(str, answers)))


main()
