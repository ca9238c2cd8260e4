import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    a = data[1 : 1 + data[0]]
    answer = [-1] * len(a)
    waiting = []  # positions still looking for a greater value; their values never increase
    for j, x in enumerate(a):
        while waiting and a[waiting[-1]] < x:
            answer[waiting.pop()] = x
        waiting.append(j)
    print(" ".join(map(str, answer)))


main()
