import sys


def main():
    s = sys.stdin.read().split()[1]
    stack, best = [-1], 0  # the bottom holds the index just before the current balanced run
    for i, c in enumerate(s):
        if c == "(":
            stack.append(i)
            continue
        stack.pop()
        if stack:
            best = max(best, i - stack[-1])
        else:
            stack.append(i)
    print(best)


main()
