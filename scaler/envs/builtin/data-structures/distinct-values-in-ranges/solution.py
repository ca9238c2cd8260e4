import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, q = data[0], data[1]
    a = data[2 : 2 + n]
    queries = sorted((data[3 + n + 2 * k], data[2 + n + 2 * k], k) for k in range(q))  # by right end
    tree = [0] * (n + 1)  # a 1 at the latest position of every value seen so far

    def add(i, x):
        while i <= n:
            tree[i] += x
            i += i & -i

    def prefix(i):
        total = 0
        while i:
            total += tree[i]
            i -= i & -i
        return total

    last, answers, done = {}, [0] * q, 0
    for r, l, k in queries:
        while done < r:
            done += 1
            value = a[done - 1]
            if value in last:
                add(last[value], -1)
            last[value] = done
            add(done, 1)
        answers[k] = prefix(r) - prefix(l - 1)
    print(" ".join(map(str, answers)))


main()
