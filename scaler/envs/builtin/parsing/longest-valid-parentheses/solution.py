import sys


def main():
    s = sys.stdin.read().split()[1]
    stack, best = [-1], 0  # indices of unmatched brackets, with a sentinel before the start
    for i, c in enumerate(s):
        if c == "(":
            stack.append(i)
        else:
            stack.pop()
            if stack:
                best = max(best, i - stack[-1])
            else:
                stack.append(i)
    print(best)


main()
