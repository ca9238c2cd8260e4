import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, q = data[0], data[1]
    parent, size = list(range(n + 1)), [1] * (n + 1)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    largest, answers = 1, []
    for k in range(q):
        a, b = find(data[2 + 2 * k]), find(data[3 + 2 * k])
        if a != b:
            if size[a] < size[b]:
                a, b = b, a
            parent[b] = a
            size[a] += size[b]
            largest = max(largest, size[a])
        answers.append(largest)
    print(" ".join(map(str, answers)))


main()
