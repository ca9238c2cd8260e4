import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, q = data[0], data[1]
    size = 1
    while size < n:
        size *= 2
    NEG = float("-inf")
    best = [NEG] * (2 * size)  # best[v]: max of node v's range, counting the pending adds at v itself
    pending = [0] * (2 * size)  # an add applied to node v's whole range, not yet pushed to children
    best[size : size + n] = data[2 : 2 + n]
    for v in range(size - 1, 0, -1):
        best[v] = max(best[2 * v], best[2 * v + 1])

    def update(v, lo, hi, l, r, x):
        if r < lo or hi < l:
            return
        if l <= lo and hi <= r:
            best[v] += x
            pending[v] += x
            return
        mid = (lo + hi) // 2
        update(2 * v, lo, mid, l, r, x)
        update(2 * v + 1, mid + 1, hi, l, r, x)
        best[v] = max(best[2 * v], best[2 * v + 1]) + pending[v]

    def query(v, lo, hi, l, r):
        if r < lo or hi < l:
            return NEG
        if l <= lo and hi <= r:
            return best[v]
        mid = (lo + hi) // 2
        return max(query(2 * v, lo, mid, l, r), query(2 * v + 1, mid + 1, hi, l, r)) + pending[v]

    answers, pos = [], 2 + n
    for _ in range(q):
        if data[pos] == 1:
            update(1, 1, size, data[pos + 1], data[pos + 2], data[pos + 3])
            pos += 4
        else:
            answers.append(query(1, 1, size, data[pos + 1], data[pos + 2]))
            pos += 3
    print(" ".join(map(str, answers)))


main()
