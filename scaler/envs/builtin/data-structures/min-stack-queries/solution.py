import sys


def main():
    tokens = sys.stdin.read().split()
    minima, answers, pos = [], [], 1  # minima[i]: the minimum of the bottom i + 1 elements
    for _ in range(int(tokens[0])):
        kind = tokens[pos]
        pos += 1
        if kind == "push":
            x = int(tokens[pos])
            pos += 1
            minima.append(min(x, minima[-1]) if minima else x)
        elif kind == "pop":
            minima.pop()
        else:
            answers.append(minima[-1])
    print(" ".join(map(str, answers)))


main()
